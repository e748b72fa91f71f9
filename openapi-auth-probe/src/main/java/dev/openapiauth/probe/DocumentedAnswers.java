package dev.openapiauth.probe;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.openapiauth.probe.http.RawRequest;
import dev.openapiauth.probe.http.RawResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a 401 or 403 answer is what the description documents for it, asked of Atlassian's OpenAPI
 * validator (an implementation independent of ours), and whether it is a framework's default error page.
 */
final class DocumentedAnswers {
    private static final Pattern DEFAULT_PAGE = Pattern.compile("Whitelabel Error Page|<title>HTTP Status \\d{3}|<h2>HTTP ERROR \\d{3}"
            + "|<center>nginx|<address>Apache/|Error 401--Unauthorized|<title>Error \\d{3}", Pattern.CASE_INSENSITIVE);

    private final OpenApiInteractionValidator validator;

    /** @param description the description file as written (the validator reads it itself) */
    DocumentedAnswers(Path description) {
        this.validator = OpenApiInteractionValidator.createForSpecificationUrl(description.toUri().toString()).build();
    }

    /** What is wrong with the answer, in a few words, or null when it is as documented. */
    String problem(String operationPath, RawRequest request, RawResponse response) {
        if (DEFAULT_PAGE.matcher(response.bodyStart()).find()) {
            return "is a framework's default error page";
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.status()).withBody(response.bodyStart());
        for (RawRequest.Header header : response.headers()) {
            answer.withHeader(header.name(), header.value());
        }
        ValidationReport report = validator.validateResponse(operationPath, Request.Method.valueOf(request.method().toUpperCase(Locale.ROOT)),
                answer.build());
        List<String> messages = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                messages.add(message.getMessage());
            }
        }
        return messages.isEmpty() ? null : "does not match the description: " + String.join("; ", messages);
    }
}
