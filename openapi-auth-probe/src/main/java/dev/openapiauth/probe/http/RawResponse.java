package dev.openapiauth.probe.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a server answered: status, headers in order, and the start of the body (enough to show and
 * to recognise a stack trace, never the whole of a large one).
 *
 * @param bodyStart the first bytes of the body, decoded as UTF-8 (malformed bytes replaced)
 */
public record RawResponse(int status, List<RawRequest.Header> headers, String bodyStart) {

    public RawResponse {
        headers = List.copyOf(headers);
    }

    /** Every value of a header, case-insensitively by name, in the order received. */
    public List<String> header(String name) {
        List<String> values = new ArrayList<>();
        for (RawRequest.Header header : headers) {
            if (header.name().equalsIgnoreCase(name)) {
                values.add(header.value());
            }
        }
        return values;
    }

    /** The media type of the body without parameters, lower case, or empty. */
    public String mediaType() {
        List<String> types = header("Content-Type");
        if (types.isEmpty()) {
            return "";
        }
        String type = types.get(0);
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    public boolean isSuccessOrRedirect() {
        return status >= 200 && status < 400;
    }
}
