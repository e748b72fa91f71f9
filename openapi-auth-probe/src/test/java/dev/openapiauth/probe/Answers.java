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
    /** A 401 as the descriptions of these tests document it, under {@code components/responses}: a problem with its status. */
    public static final String UNAUTHORIZED_RESPONSE = """
            Unauthorized:
              description: no or bad token
              content:
                application/problem+json:
                  schema: {type: object, required: [status], properties: {status: {type: integer}}}
            """;
    /** Three operations that document their 401 as {@link #UNAUTHORIZED_RESPONSE}, for servers that answer them differently. */
    public static final String DOCUMENTED_401_SPEC = """
            openapi: 3.0.3
            info: {title: Shop, version: '1'}
            security: [{bearer: []}]
            paths:
              /documented: {get: {responses: {'200': {description: ok}, '401': {$ref: '#/components/responses/Unauthorized'}}}}
              /default-page: {get: {responses: {'200': {description: ok}, '401': {$ref: '#/components/responses/Unauthorized'}}}}
              /undocumented-body: {get: {responses: {'200': {description: ok}, '401': {$ref: '#/components/responses/Unauthorized'}}}}
            components:
              securitySchemes:
                bearer: {type: http, scheme: bearer}
              responses:
            """ + UNAUTHORIZED_RESPONSE.indent(4);

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

    /**
     * Answers an operation of {@link #DOCUMENTED_401_SPEC} without valid credentials: {@code /documented} as
     * documented, {@code /default-page} with a servlet container's page, {@code /undocumented-body} with a body
     * unlike the documented one. False, answering nothing, for any other path.
     */
    public static boolean answerDocumented401(HttpExchange exchange) throws IOException {
        String challenge = bearerChallenge(exchange.getRequestHeaders().getFirst("Authorization"));
        switch (exchange.getRequestURI().getRawPath()) {
            case "/documented" -> send(exchange, 401, "application/problem+json", "{\"status\":401}", challenge);
            case "/default-page" -> send(exchange, 401, "text/html", "<html><head><title>HTTP Status 401 – Unauthorized</title></head></html>",
                    challenge);
            case "/undocumented-body" -> send(exchange, 401, "application/problem+json", "{\"reason\":\"no\"}", challenge);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A server for {@link #DOCUMENTED_401_SPEC}: its operations as {@link #answerDocumented401} answers them, anything else 404. */
    public static TestServer documented401Server() {
        return new TestServer(exchange -> {
            if (!answerDocumented401(exchange)) {
                send(exchange, 404, "application/problem+json", "{\"status\":404}", null);
            }
        });
    }

    /** RFC 6750 §3.1: no error code without a token, error="invalid_token" for a bad one. */
    public static String bearerChallenge(String authorization) {
        return authorization == null ? "Bearer realm=\"Shop\"" : "Bearer realm=\"Shop\", error=\"invalid_token\"";
    }
}
