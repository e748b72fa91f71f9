package org.acme.e2e;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Checks a response against the augmented description with Atlassian's validator: status documented,
 * body valid against its schema for the media type, required headers (WWW-Authenticate on 401) present.
 * An independent implementation: it shares no code with openapi-auth.
 */
final class SpecResponseValidator {
    private final OpenApiInteractionValidator validator;

    SpecResponseValidator(Path augmentedSpec) {
        this.validator = OpenApiInteractionValidator.createForSpecificationUrl(augmentedSpec.toUri().toString()).build();
    }

    /** The validator's messages; empty when the response is what the description documents. */
    String problems(CallSpec call, HttpResponse<String> response) {
        SimpleResponse.Builder documented = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        response.headers().map().forEach((name, values) -> documented.withHeader(name, values));
        ValidationReport report = validator.validateResponse(call.path(),
                Request.Method.valueOf(call.method().toUpperCase(Locale.ROOT)), documented.build());
        return report.hasErrors() ? report.getMessages().toString() : "";
    }
}
