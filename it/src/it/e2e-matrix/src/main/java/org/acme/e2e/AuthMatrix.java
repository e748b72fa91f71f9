package org.acme.e2e;

import static org.acme.e2e.Expected.badRequest;
import static org.acme.e2e.Expected.forbidden;
import static org.acme.e2e.Expected.notFound;
import static org.acme.e2e.Expected.passed;
import static org.acme.e2e.Expected.unauthorized;
import static org.acme.e2e.KnownCredentials.API_KEY;
import static org.acme.e2e.KnownCredentials.BROKEN_TOKEN;
import static org.acme.e2e.KnownCredentials.EXPIRED_TOKEN;
import static org.acme.e2e.KnownCredentials.NO_SCOPE_TOKEN;
import static org.acme.e2e.KnownCredentials.PASSWORD;
import static org.acme.e2e.KnownCredentials.READ_TOKEN;
import static org.acme.e2e.KnownCredentials.USER;
import static org.acme.e2e.KnownCredentials.WRITE_TOKEN;
import static org.acme.e2e.Situation.ANONYMOUS_ON_OPTIONAL;
import static org.acme.e2e.Situation.AUTHORIZED;
import static org.acme.e2e.Situation.DUPLICATE_AUTHORIZATION;
import static org.acme.e2e.Situation.INSUFFICIENT_SCOPE;
import static org.acme.e2e.Situation.INVALID_CREDENTIALS;
import static org.acme.e2e.Situation.MALFORMED_CREDENTIALS;
import static org.acme.e2e.Situation.NO_CREDENTIALS;
import static org.acme.e2e.Situation.PUBLIC_OPERATION;
import static org.acme.e2e.Situation.TOKEN_IN_TWO_PLACES;
import static org.acme.e2e.Situation.UNKNOWN_ROUTE;
import static org.acme.e2e.Situation.VERIFIER_FAILS;

import java.util.ArrayList;
import java.util.List;

/**
 * Every operation of e2e/shop.yaml in every situation of the runtime table that applies to it.
 * The expected challenges are written out by hand from the table and the description (realm = the
 * title {@code Shop "E2E"}, quoted), not taken from the generator.
 */
public final class AuthMatrix {
    private static final String REALM = "realm=\"Shop \\\"E2E\\\"\"";
    static final String BASIC = "Basic " + REALM + ", charset=\"UTF-8\"";
    static final String BEARER = "Bearer " + REALM;
    static final String API_KEY_CHALLENGE = "ApiKey " + REALM;
    private static final String INVALID_TOKEN = BEARER + ", error=\"invalid_token\"";

    private AuthMatrix() {
    }

    private static String insufficientScope(String scope) {
        return BEARER + ", error=\"insufficient_scope\", scope=\"" + scope + "\"";
    }

    public static List<AuthCase> cases() {
        List<AuthCase> cases = new ArrayList<>();
        Adder add = (situation, call, expected) -> cases.add(new AuthCase(situation, call, expected));

        add.to(PUBLIC_OPERATION, CallSpec.get("/public"), passed("getPublic"));
        add.to(PUBLIC_OPERATION, CallSpec.get("/public").bearer(EXPIRED_TOKEN), passed("getPublic"));
        add.to(PUBLIC_OPERATION, CallSpec.get("/items/mine"), passed("getMine"));

        add.to(NO_CREDENTIALS, CallSpec.get("/basic"), unauthorized(BASIC));
        add.to(NO_CREDENTIALS, CallSpec.get("/basic").bearer(READ_TOKEN), unauthorized(BASIC));
        add.to(INVALID_CREDENTIALS, CallSpec.get("/basic").basic(USER, "wrong"), unauthorized(BASIC));
        add.to(MALFORMED_CREDENTIALS, CallSpec.get("/basic").with("Authorization", "Basic !!!"), unauthorized(BASIC));
        add.to(MALFORMED_CREDENTIALS, CallSpec.get("/basic").with("Authorization", "Basic bm9jb2xvbg=="), unauthorized(BASIC));
        add.to(AUTHORIZED, CallSpec.get("/basic").basic(USER, PASSWORD), passed("getBasic", USER));

        add.to(NO_CREDENTIALS, CallSpec.get("/bearer"), unauthorized(BEARER));
        add.to(INVALID_CREDENTIALS, CallSpec.get("/bearer").bearer(EXPIRED_TOKEN), unauthorized(INVALID_TOKEN));
        add.to(MALFORMED_CREDENTIALS, CallSpec.get("/bearer").bearer("not a token"), unauthorized(INVALID_TOKEN));
        add.to(TOKEN_IN_TWO_PLACES, CallSpec.get("/bearer?access_token=" + NO_SCOPE_TOKEN).bearer(NO_SCOPE_TOKEN),
                badRequest(BEARER + ", error=\"invalid_request\""));
        add.to(AUTHORIZED, CallSpec.get("/bearer").bearer(NO_SCOPE_TOKEN), passed("getBearer", "plain"));
        add.to(DUPLICATE_AUTHORIZATION, CallSpec.get("/bearer").bearer(NO_SCOPE_TOKEN).bearer(READ_TOKEN),
                badRequest(BEARER + ", error=\"invalid_request\""));
        add.to(VERIFIER_FAILS, CallSpec.get("/bearer").bearer(BROKEN_TOKEN), Expected.internalError());
        add.to(AUTHORIZED, CallSpec.get("/bearer?access_token=" + NO_SCOPE_TOKEN), passed("getBearer", "plain"));

        add.to(NO_CREDENTIALS, CallSpec.get("/scoped"), unauthorized(BEARER));
        add.to(INVALID_CREDENTIALS, CallSpec.get("/scoped").bearer(EXPIRED_TOKEN), unauthorized(INVALID_TOKEN));
        add.to(TOKEN_IN_TWO_PLACES, CallSpec.get("/scoped?access_token=" + READ_TOKEN).bearer(READ_TOKEN),
                badRequest(BEARER + ", error=\"invalid_request\""));
        add.to(INSUFFICIENT_SCOPE, CallSpec.get("/scoped").bearer(NO_SCOPE_TOKEN), forbidden(insufficientScope("read")));
        add.to(AUTHORIZED, CallSpec.get("/scoped").bearer(READ_TOKEN), passed("readScoped", "reader"));
        add.to(NO_CREDENTIALS, CallSpec.post("/scoped"), unauthorized(BEARER));
        add.to(INSUFFICIENT_SCOPE, CallSpec.post("/scoped").bearer(READ_TOKEN), forbidden(insufficientScope("write")));
        add.to(AUTHORIZED, CallSpec.post("/scoped").bearer(WRITE_TOKEN), passed("writeScoped", "writer"));

        add.to(NO_CREDENTIALS, CallSpec.get("/key-header"), unauthorized(API_KEY_CHALLENGE));
        add.to(INVALID_CREDENTIALS, CallSpec.get("/key-header").with("X-API-Key", "stolen"), unauthorized(API_KEY_CHALLENGE));
        add.to(AUTHORIZED, CallSpec.get("/key-header").with("X-API-Key", API_KEY), passed("getKeyHeader", "key-client"));
        add.to(NO_CREDENTIALS, CallSpec.get("/key-query"), unauthorized(API_KEY_CHALLENGE));
        add.to(INVALID_CREDENTIALS, CallSpec.get("/key-query?api_key=stolen"), unauthorized(API_KEY_CHALLENGE));
        add.to(AUTHORIZED, CallSpec.get("/key-query?api_key=" + API_KEY), passed("getKeyQuery", "key-client"));
        add.to(NO_CREDENTIALS, CallSpec.get("/key-cookie"), unauthorized(API_KEY_CHALLENGE));
        add.to(NO_CREDENTIALS, CallSpec.get("/key-cookie").with("Cookie", "other=" + API_KEY), unauthorized(API_KEY_CHALLENGE));
        add.to(INVALID_CREDENTIALS, CallSpec.get("/key-cookie").with("Cookie", "session=stolen"), unauthorized(API_KEY_CHALLENGE));
        add.to(AUTHORIZED, CallSpec.get("/key-cookie").with("Cookie", "session=" + API_KEY), passed("getKeyCookie", "key-client"));

        add.to(NO_CREDENTIALS, CallSpec.get("/and"), unauthorized(API_KEY_CHALLENGE, BEARER));
        add.to(NO_CREDENTIALS, CallSpec.get("/and").with("X-API-Key", API_KEY), unauthorized(API_KEY_CHALLENGE, BEARER));
        add.to(NO_CREDENTIALS, CallSpec.get("/and").bearer(READ_TOKEN), unauthorized(API_KEY_CHALLENGE, BEARER));
        add.to(INVALID_CREDENTIALS, CallSpec.get("/and").with("X-API-Key", API_KEY).bearer(EXPIRED_TOKEN),
                unauthorized(API_KEY_CHALLENGE, INVALID_TOKEN));
        add.to(INSUFFICIENT_SCOPE, CallSpec.get("/and").with("X-API-Key", API_KEY).bearer(NO_SCOPE_TOKEN),
                forbidden(insufficientScope("read")));
        add.to(AUTHORIZED, CallSpec.get("/and").with("X-API-Key", API_KEY).bearer(READ_TOKEN),
                passed("getAnd", "key-client", "reader"));

        add.to(NO_CREDENTIALS, CallSpec.get("/or"), unauthorized(BASIC, BEARER));
        add.to(INVALID_CREDENTIALS, CallSpec.get("/or").basic(USER, "wrong"), unauthorized(BASIC, BEARER));
        add.to(INVALID_CREDENTIALS, CallSpec.get("/or").bearer(EXPIRED_TOKEN), unauthorized(BASIC, INVALID_TOKEN));
        add.to(AUTHORIZED, CallSpec.get("/or").basic(USER, PASSWORD), passed("getOr", USER));
        add.to(AUTHORIZED, CallSpec.get("/or").bearer(NO_SCOPE_TOKEN), passed("getOr", "plain"));

        add.to(ANONYMOUS_ON_OPTIONAL, CallSpec.get("/optional"), passed("getOptional"));
        add.to(INVALID_CREDENTIALS, CallSpec.get("/optional").bearer(EXPIRED_TOKEN), unauthorized(INVALID_TOKEN));
        add.to(AUTHORIZED, CallSpec.get("/optional").bearer(NO_SCOPE_TOKEN), passed("getOptional", "plain"));

        add.to(NO_CREDENTIALS, CallSpec.get("/items/42"), unauthorized(BEARER));
        add.to(AUTHORIZED, CallSpec.get("/items/42").bearer(NO_SCOPE_TOKEN), passed("getItem", "plain"));

        add.to(UNKNOWN_ROUTE, CallSpec.get("/nowhere"), notFound());
        add.to(UNKNOWN_ROUTE, CallSpec.get("/items/42/parts"), notFound());
        return List.copyOf(cases);
    }

    @FunctionalInterface
    private interface Adder {
        void to(Situation situation, CallSpec call, Expected expected);
    }
}
