package dev.openapiauth.probe.validator;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.openapiauth.probe.ResponseValidator;
import dev.openapiauth.probe.http.RawRequest;
import dev.openapiauth.probe.http.RawResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Atlassian's OpenAPI validator (on swagger-parser), which shares no code with openapi-auth's reading of a
 * description: what it says a 401 or 403 answer lacks is what the description really documents.
 */
public final class AtlassianResponseValidator implements ResponseValidator {

    @Override
    public Description read(Path file) {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForSpecificationUrl(file.toUri().toString()).build();
        return (path, method, response) -> problem(validator, path, method, response);
    }

    private static String problem(OpenApiInteractionValidator validator, String path, String method, RawResponse response) {
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.status()).withBody(response.bodyStart());
        for (RawRequest.Header header : response.headers()) {
            answer.withHeader(header.name(), header.value());
        }
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), answer.build());
        List<String> messages = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                messages.add(message.getMessage());
            }
        }
        return messages.isEmpty() ? null : "does not match the description: " + String.join("; ", messages);
    }
}
