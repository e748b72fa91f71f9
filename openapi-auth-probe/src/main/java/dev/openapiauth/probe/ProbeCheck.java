package dev.openapiauth.probe;

import dev.openapiauth.lint.finding.Severity;
import dev.openapiauth.lint.rules.RuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The checks of a probe, each declared once: id, default severity, what it means and the RFC behind it. */
public enum ProbeCheck {
    UNAUTHENTICATED_ACCESS(Severity.ERROR, "Secured operation answers without credentials",
            "The description says the operation needs credentials, but a request without any got a 2xx or 3xx answer: "
                    + "authentication is declared, not enforced (RFC 9110 §15.5.2: the server answers 401).",
            "Protect the route in the server's security configuration; with the generated layer, register the operation."),
    INVALID_CREDENTIALS_ACCEPTED(Severity.ERROR, "Secured operation accepts invalid credentials",
            "A request with a made-up token, key or password got a 2xx or 3xx answer (RFC 9110 §15.5.2, RFC 6750 §3.1).",
            "Verify credentials before the operation runs; never treat an unverifiable credential as anonymous on a secured route."),
    UNAUTHORIZED_WITHOUT_CHALLENGE(Severity.ERROR, "401 without WWW-Authenticate",
            "A 401 answer must carry a WWW-Authenticate challenge (RFC 9110 §15.5.2, §11.6.1), also for requests that look "
                    + "like a browser's or an XHR call; clients cannot tell how to authenticate without it.",
            "Send the challenge on every 401 (Spring Security: an AuthenticationEntryPoint that sets it for every request)."),
    CHALLENGE_FOR_OTHER_SCHEME(Severity.WARNING, "Challenge for a scheme the operation does not accept",
            "The 401's WWW-Authenticate names no scheme the operation's security accepts (RFC 9110 §11.6.1).",
            "Challenge with the schemes the description declares for the operation."),
    BEARER_ERROR_CODE(Severity.WARNING, "Bearer challenge with the wrong error code",
            "RFC 6750 §3.1: a request without a token gets a challenge without an error code; a request with an invalid "
                    + "token gets error=\"invalid_token\".",
            "Set error=\"invalid_token\" only when a token was sent and refused."),
    FORBIDDEN_FOR_MISSING_CREDENTIALS(Severity.ERROR, "403 where 401 is meant",
            "A request without credentials, or with invalid ones, got 403. 403 means the credentials are valid but lack a right "
                    + "(RFC 9110 §15.5.4); missing or invalid credentials get 401 with a challenge (§15.5.2).",
            "Answer 401 for missing or invalid credentials (Spring Security: an entry point instead of Http403ForbiddenEntryPoint)."),
    SERVER_ERROR_FOR_MISSING_CREDENTIALS(Severity.ERROR, "5xx for missing or invalid credentials",
            "A request without credentials, or with invalid ones, got a server error: the failed authentication escaped "
                    + "as an exception (RFC 9110 §15.6).",
            "Map authentication failures to 401 before any generic exception handler turns them into 500."),
    INSUFFICIENT_RIGHTS_NOT_FORBIDDEN(Severity.ERROR, "Valid credentials without the right scope or role not answered 403",
            "Valid credentials that lack a scope or role the operation requires get 403 (RFC 9110 §15.5.4, RFC 6750 §3.1 "
                    + "insufficient_scope); 2xx lets them in, 401 sends the client to log in again for nothing, 404 and 5xx hide "
                    + "the reason.",
            "Check the scopes or roles after authentication and answer 403 (Spring Security: an AccessDeniedHandler, and no "
                    + "exception handler that turns AccessDeniedException into 500)."),
    VALID_CREDENTIALS_REFUSED(Severity.ERROR, "Valid credentials with every right refused",
            "Credentials the credentials file says are valid and grant every scope or role the operation requires got 401 or 403.",
            "Accept the scheme the description declares, as it declares it; or correct the description or the credentials file."),
    INTERNALS_IN_AUTH_ERROR(Severity.WARNING, "Internals in a 401 or 403 answer",
            "The answer shows a stack trace, an exception class name or a server version, which helps an attacker more than a client.",
            "Answer with a problem body (RFC 9457) that says what the client can do, and no server header versions."),
    INCONSISTENT_AUTH_ERROR(Severity.WARNING, "401 answers differ between operations",
            "Clients handle authentication errors in one place; that works only when every 401 has the same media type and "
                    + "the same members.",
            "Answer every 401 with the same body type, as the description's error contract says."),
    UNDOCUMENTED_AUTH_ERROR(Severity.WARNING, "401 or 403 answer unlike what the description documents",
            "A 401 or 403 answer whose media type, body or headers the description does not document for that status "
                    + "(checked by an independent OpenAPI validator), or a framework's default error page: clients generated "
                    + "from the description cannot read it.",
            "Answer with the error contract the description documents (the generated layer does), or document what the "
                    + "server sends."),
    PATH_VARIANT_BYPASS(Severity.ERROR, "A variant of the path answers without credentials",
            "The canonical path refuses a request without credentials, but a variant that routes to the same operation "
                    + "(a ';' parameter, a percent-encoded character, an empty or dot segment, a trailing slash, other case, HEAD) "
                    + "answers 2xx: the security rule and the router read the path differently.",
            "Match security rules on the path the router uses, and refuse paths the router would normalise.");

    private final Severity severity;
    private final String title;
    private final String description;
    private final String fix;

    ProbeCheck(Severity severity, String title, String description, String fix) {
        this.severity = severity;
        this.title = title;
        this.description = description;
        this.fix = fix;
    }

    /** The stable id, as reports and {@code --ignore} name it: {@code probe-unauthenticated-access}. */
    public String id() {
        return "probe-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Severity severity() {
        return severity;
    }

    public RuleDescriptor descriptor() {
        return new RuleDescriptor(id(), severity, "", title, description, fix);
    }

    /** The catalogue of every check, for reports that list their rules (SARIF). */
    public static List<RuleDescriptor> descriptors() {
        List<RuleDescriptor> descriptors = new ArrayList<>();
        for (ProbeCheck check : values()) {
            descriptors.add(check.descriptor());
        }
        return descriptors;
    }
}
