package dev.openapiauth.probe;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.openapiauth.probe.http.RawResponse;
import java.io.IOException;
import java.util.TreeSet;

/**
 * The shape of an error answer, as a client's error handling sees it: its media type and, for a
 * JSON object, the names of its top-level members ({@code application/problem+json {status,title}}).
 */
final class AnswerShape {
    private static final JsonFactory JSON = new JsonFactory();

    private AnswerShape() {
    }

    static String of(RawResponse response) {
        String type = response.mediaType().isEmpty() ? "no body type" : response.mediaType();
        if (!type.endsWith("json")) {
            return type;
        }
        TreeSet<String> members = new TreeSet<>();
        try (JsonParser parser = JSON.createParser(response.bodyStart())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return type;
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                members.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (IOException e) {
            // A body cut at the read limit or not JSON at all: its type is all there is to compare.
            return type;
        }
        return type + " {" + String.join(",", members) + "}";
    }
}
