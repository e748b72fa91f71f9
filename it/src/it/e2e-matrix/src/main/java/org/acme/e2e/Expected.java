package org.acme.e2e;

import java.util.List;

/**
 * What the server must answer: for 200, the implementation's body naming the operation and the
 * principals the gate passed on; otherwise the status, the exact set of WWW-Authenticate challenges
 * and the problem's title.
 */
public record Expected(int status, List<String> challenges, String operation, List<String> principals, String title) {

    public static Expected passed(String operation, String... principals) {
        return new Expected(200, List.of(), operation, List.of(principals), null);
    }

    public static Expected unauthorized(String... challenges) {
        return new Expected(401, List.of(challenges), null, null, "Unauthorized");
    }

    public static Expected badRequest(String... challenges) {
        return new Expected(400, List.of(challenges), null, null, "Bad Request");
    }

    public static Expected forbidden(String... challenges) {
        return new Expected(403, List.of(challenges), null, null, "Forbidden");
    }

    public static Expected internalError() {
        return new Expected(500, List.of(), null, null, "Internal Server Error");
    }

    public static Expected notFound() {
        return new Expected(404, List.of(), null, null, null);
    }

    public boolean isProblem() {
        return title != null;
    }
}
