package dev.openapiauth.probe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** The test servers: on 127.0.0.1, answering with a status, a body of a type, and a challenge when there is one. */
public final class Answers {
    private Answers() {
    }

    /** A server on 127.0.0.1, on a free port, answering every path with {@code handler}. */
    public static HttpServer serve(HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", handler);
        server.start();
        return server;
    }

    public static void send(HttpExchange exchange, int status, String type, String body, String challenge) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (challenge != null) {
            exchange.getResponseHeaders().set("WWW-Authenticate", challenge);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        boolean empty = status == 204 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, empty ? -1 : bytes.length);
        if (!empty) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    /** RFC 6750 §3.1: no error code without a token, error="invalid_token" for a bad one. */
    public static String bearerChallenge(String authorization) {
        return authorization == null ? "Bearer realm=\"Shop\"" : "Bearer realm=\"Shop\", error=\"invalid_token\"";
    }
}
