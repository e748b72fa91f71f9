package dev.openapiauth.probe.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLSocketFactory;

/**
 * HTTP/1.1 over a plain socket, one connection per request: the request target goes out byte for
 * byte as the probe wrote it (an HTTP library would normalise the very paths a bypass test needs),
 * only to the base URL's host and port, and a redirect is reported, never followed. What it reads is
 * bounded: the head to 64 KiB, the body to its first 16 KiB, the whole exchange to the timeout.
 */
public final class RawHttpClient {
    private static final int MAX_HEAD = 64 * 1024;
    private static final int MAX_BODY = 16 * 1024;

    private final String host;
    private final int port;
    private final boolean tls;
    private final Duration timeout;

    public RawHttpClient(URI baseUrl, Duration timeout) {
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("the base URL must be http://HOST[:PORT][/PATH] or https://…, not " + baseUrl);
        }
        this.host = baseUrl.getHost();
        this.tls = scheme.equals("https");
        this.port = baseUrl.getPort() > 0 ? baseUrl.getPort() : tls ? 443 : 80;
        this.timeout = timeout;
    }

    public RawResponse send(RawRequest request) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Socket socket = tls ? SSLSocketFactory.getDefault().createSocket() : new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            OutputStream out = socket.getOutputStream();
            out.write(request.bytes(port == (tls ? 443 : 80) ? host : host + ":" + port));
            out.flush();
            return read(socket.getInputStream(), request.method().equals("HEAD"), deadline);
        } catch (SocketTimeoutException e) {
            throw new IOException("no answer within " + timeout.toMillis() + " ms", e);
        }
    }

    private static RawResponse read(InputStream in, boolean head, long deadline) throws IOException {
        byte[] headBytes = readHead(in, deadline);
        String[] lines = new String(headBytes, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/") || !statusLine[1].matches("\\d{3}")) {
            throw new IOException("not an HTTP response: " + printable(lines[0]));
        }
        List<RawRequest.Header> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.add(new RawRequest.Header(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim(), false));
            }
        }
        int status = Integer.parseInt(statusLine[1]);
        RawResponse withoutBody = new RawResponse(status, headers, "");
        if (head || status == 204 || status == 304 || status < 200) {
            return withoutBody;
        }
        byte[] body = readBody(in, withoutBody, deadline);
        return new RawResponse(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] readHead(InputStream in, long deadline) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            checkDeadline(deadline);
            int b = in.read();
            if (b < 0) {
                throw new IOException(head.size() == 0 ? "the server closed the connection without an answer"
                        : "the answer ended inside its headers");
            }
            if (head.size() == MAX_HEAD) {
                throw new IOException("the answer's headers exceed " + MAX_HEAD + " bytes");
            }
            head.write(b);
            matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : b == '\r' ? 1 : 0;
        }
        byte[] bytes = head.toByteArray();
        return java.util.Arrays.copyOf(bytes, bytes.length - 4);
    }

    /** The body's start: by Content-Length, chunks, or up to the close, never beyond {@link #MAX_BODY}. */
    private static byte[] readBody(InputStream in, RawResponse response, long deadline) throws IOException {
        boolean chunked = response.header("Transfer-Encoding").stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("chunked"));
        List<String> lengths = response.header("Content-Length");
        long length = lengths.isEmpty() || chunked ? -1 : parseLength(lengths.get(0));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            if (chunked) {
                while (body.size() < MAX_BODY) {
                    String size = readLine(in, deadline);
                    int semicolon = size.indexOf(';');
                    long chunk = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                    if (chunk == 0) {
                        break;
                    }
                    copy(in, body, Math.min(chunk, MAX_BODY - body.size()), deadline);
                    if (body.size() < MAX_BODY) {
                        readLine(in, deadline);
                    }
                }
            } else {
                copy(in, body, length < 0 ? MAX_BODY : Math.min(length, MAX_BODY), deadline);
            }
        } catch (NumberFormatException e) {
            throw new IOException("the answer's chunked body is malformed", e);
        }
        return body.toByteArray();
    }

    private static long parseLength(String value) throws IOException {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IOException("the answer's Content-Length is not a number: " + printable(value), e);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream to, long count, long deadline) throws IOException {
        byte[] buffer = new byte[4096];
        long left = count;
        while (left > 0) {
            checkDeadline(deadline);
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                return;
            }
            to.write(buffer, 0, read);
            left -= read;
        }
    }

    private static String readLine(InputStream in, long deadline) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            checkDeadline(deadline);
            if (line.length() > 1024) {
                throw new IOException("the answer's chunked body has a line over 1024 bytes");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static void checkDeadline(long deadline) throws IOException {
        if (System.nanoTime() > deadline) {
            throw new IOException("the answer took longer than the timeout");
        }
    }

    private static String printable(String text) {
        String cut = text.length() > 80 ? text.substring(0, 80) : text;
        return cut.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
