package dev.openapiauth.probe.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * One request as it goes on the wire: the request target exactly as written (no normalisation, so
 * that {@code /a/./b} and {@code /a;x=1} reach the server as they are), headers in order, a body.
 *
 * @param target the request target: path and query, beginning with {@code /}
 */
public record RawRequest(String method, String target, List<Header> headers, byte[] body) {

    /** A header line; {@code secret} values are masked wherever the request is shown. */
    public record Header(String name, String value, boolean secret) {
    }

    public RawRequest {
        headers = List.copyOf(headers);
        for (String part : List.of(method, target)) {
            if (part.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
                throw new IllegalArgumentException("no space or control character may be part of a request line: " + part);
            }
        }
        for (Header header : headers) {
            if ((header.name() + header.value()).chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
                throw new IllegalArgumentException("a header may not hold a line break: " + header.name());
            }
        }
    }

    /** The request line and headers with credentials masked, for evidence in a report. */
    public String shown() {
        StringBuilder shown = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1");
        for (Header header : headers) {
            shown.append("\n").append(header.name()).append(": ").append(header.secret() ? masked(header.value()) : header.value());
        }
        return shown.toString();
    }

    /** The authentication scheme stays readable ({@code Bearer ****}); the credential does not. */
    private static String masked(String value) {
        int space = value.indexOf(' ');
        String scheme = space > 0 ? value.substring(0, space) : "";
        boolean isScheme = !scheme.isEmpty() && scheme.chars().allMatch(Character::isLetter);
        return (isScheme ? scheme + " " : "") + "****";
    }

    byte[] bytes(String hostHeader) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(hostHeader).append("\r\n");
        boolean hasLength = false;
        for (Header header : headers) {
            head.append(header.name()).append(": ").append(header.value()).append("\r\n");
            hasLength |= header.name().toLowerCase(Locale.ROOT).equals("content-length");
        }
        if (!hasLength && (body.length > 0 || !method.equals("GET") && !method.equals("HEAD"))) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + body.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(body, 0, all, start.length, body.length);
        return all;
    }
}
