package dev.openapiauth.probe;

import dev.openapiauth.core.model.Challenges;
import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.Requirement;
import dev.openapiauth.core.model.SchemeUse;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.core.model.SecurityScheme;
import dev.openapiauth.core.source.Place;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.OperationRef;
import dev.openapiauth.lint.finding.Unchecked;
import dev.openapiauth.probe.http.RawRequest;
import dev.openapiauth.probe.http.RawResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The requests for one secured operation and what their answers say: without credentials (plain,
 * as an XHR call, as a browser), with an invalid credential per scheme, and without credentials on
 * every path variant. Each check reports at most once per operation, with the first evidence.
 */
final class OperationProbe {
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final SecurityModel model;
    private final Operation operation;
    private final String basePath;
    private final RequestBudget budget;
    private final List<Credential> credentials;
    private final RequestValues values;
    private final boolean allowUnsafe;
    private final ResponseValidator.Description documented;
    private final Map<ProbeCheck, Finding> findings = new LinkedHashMap<>();
    private final Set<ProbeCheck> performed = EnumSet.noneOf(ProbeCheck.class);
    private final List<Exchange> unauthorized = new ArrayList<>();
    private final List<Unchecked> unchecked = new ArrayList<>();

    /**
     * @param allowUnsafe whether POST, PUT, PATCH and DELETE may be sent with valid credentials (they may change data)
     * @param documented  what the description documents, as a validator reads it, or null where none can be asked
     */
    OperationProbe(SecurityModel model, Operation operation, String basePath, RequestBudget budget, List<Credential> credentials,
                   RequestValues values, boolean allowUnsafe, ResponseValidator.Description documented) {
        this.values = values;
        this.documented = documented;
        this.model = model;
        this.operation = operation;
        this.basePath = basePath;
        this.budget = budget;
        this.credentials = credentials;
        this.allowUnsafe = allowUnsafe;
    }

    void run() throws IOException, RequestBudget.ExhaustedException {
        String path = RequestTargets.path(basePath, operation, values);
        String query = RequestTargets.query(operation, values);
        Exchange plain = send("without credentials", operation.method(), path, query, List.of());
        judgeMissing(plain, true);
        judgeMissing(send("without credentials, as an XHR call", operation.method(), path, query,
                List.of(new RawRequest.Header("X-Requested-With", "XMLHttpRequest", false))), false);
        judgeMissing(send("without credentials, as a browser", operation.method(), path, query,
                List.of(new RawRequest.Header("Accept", "text/html,application/xhtml+xml", false))), false);
        for (InvalidCredential credential : invalidCredentials()) {
            String withKey = credential.queryPart() == null ? query : query.isEmpty() ? credential.queryPart() : query + "&" + credential.queryPart();
            judgeInvalid(send("with an invalid " + credential.scheme() + " credential", operation.method(), path, withKey,
                    credential.header() == null ? List.of() : List.of(credential.header())), credential);
        }
        if (allowUnsafe || SAFE.contains(operation.method())) {
            probeRights(path, query);
        }
        if (plain.response().status() == 401 || plain.response().status() == 403) {
            performed.add(ProbeCheck.PATH_VARIANT_BYPASS);
            for (PathVariant variant : PathVariant.of(basePath, path.substring(basePath.length()), operation.method())) {
                Exchange answer = send("without credentials, " + variant.name(), variant.method(), variant.path(), query, List.of());
                if (answer.response().status() >= 200 && answer.response().status() < 300) {
                    report(ProbeCheck.PATH_VARIANT_BYPASS, "answered " + answer.response().status() + " " + answer.situation()
                            + " (" + variant.path() + "), where " + path + " answers " + plain.response().status(), answer);
                }
            }
        }
    }

    /**
     * With credentials that grant every right one alternative requires: not refused. With a valid
     * credential for a one-scheme alternative that lacks one of its scopes or roles: 403.
     */
    private void probeRights(String path, String query) throws IOException, RequestBudget.ExhaustedException {
        for (Requirement alternative : operation.security().alternatives()) {
            List<Credential> sufficient = new ArrayList<>();
            for (SchemeUse use : alternative.schemes()) {
                credentials.stream().filter(c -> c.scheme().equals(use.scheme()) && c.grantsAll(use.scopes())).findFirst()
                        .ifPresent(sufficient::add);
            }
            if (!alternative.schemes().isEmpty() && sufficient.size() == alternative.schemes().size()) {
                performed.add(ProbeCheck.VALID_CREDENTIALS_REFUSED);
                Exchange answer = sendWith("with valid credentials (" + names(sufficient) + ")", path, query, sufficient);
                int status = answer.response().status();
                if (status == 401 || status == 403) {
                    report(ProbeCheck.VALID_CREDENTIALS_REFUSED, "answered " + status + " " + answer.situation(), answer);
                }
            }
            if (alternative.schemes().size() != 1 || alternative.schemes().get(0).scopes().isEmpty()) {
                continue;
            }
            SchemeUse use = alternative.schemes().get(0);
            Credential lacking = credentials.stream().filter(c -> c.scheme().equals(use.scheme()) && !c.grantsAll(use.scopes()))
                    .findFirst().orElse(null);
            if (lacking != null) {
                performed.add(ProbeCheck.INSUFFICIENT_RIGHTS_NOT_FORBIDDEN);
                Exchange answer = sendWith("with valid credentials lacking a required right (" + lacking.name() + ", without "
                        + missing(lacking, use) + ")", path, query, List.of(lacking));
                if (answer.response().status() != 403) {
                    report(ProbeCheck.INSUFFICIENT_RIGHTS_NOT_FORBIDDEN, "answered " + answer.response().status() + " "
                            + answer.situation() + " (expected 403)", answer);
                }
            }
        }
    }

    private Exchange sendWith(String situation, String path, String query, List<Credential> with)
            throws IOException, RequestBudget.ExhaustedException {
        List<RawRequest.Header> headers = new ArrayList<>();
        StringBuilder target = new StringBuilder(query);
        for (Credential credential : with) {
            if (credential.header() != null) {
                headers.add(credential.header());
            }
            if (credential.queryPart() != null) {
                target.append(target.length() == 0 ? "" : "&").append(credential.queryPart());
            }
        }
        return send(situation, operation.method(), path, target.toString(), headers);
    }

    private static String names(List<Credential> credentials) {
        List<String> names = new ArrayList<>();
        credentials.forEach(credential -> names.add(credential.name()));
        return String.join(" and ", names);
    }

    private static String missing(Credential credential, SchemeUse use) {
        List<String> missing = new ArrayList<>();
        for (String scope : use.scopes()) {
            if (!credential.grants().contains(scope)) {
                missing.add(scope);
            }
        }
        return String.join(", ", missing);
    }

    String label() {
        return operation.label();
    }

    Map<ProbeCheck, Finding> findings() {
        return findings;
    }

    /**
     * What makes a 401 or 403 answer unlike what the description documents, or null. The check counts as
     * performed only where it could judge: a default page is one without a validator, anything else needs
     * the validator's answer (a validator that fails on it leaves it unchecked, with the reason).
     */
    private String undocumented(Exchange exchange) {
        if (DefaultErrorPages.isOne(exchange.response())) {
            performed.add(ProbeCheck.UNDOCUMENTED_AUTH_ERROR);
            return "is a framework's default error page";
        }
        if (documented == null) {
            return null;
        }
        try {
            String problem = documented.problem(RequestTargets.path("", operation, values), exchange.request().method(), exchange.response());
            performed.add(ProbeCheck.UNDOCUMENTED_AUTH_ERROR);
            return problem;
        } catch (RuntimeException | StackOverflowError e) {
            unchecked.add(new Unchecked(ProbeCheck.UNDOCUMENTED_AUTH_ERROR.id(), "the OpenAPI validator failed on the answer to "
                    + exchange.request().method() + " " + exchange.request().target() + ": " + e));
            return null;
        }
    }

    /** Checks that could not judge an answer, with the reason. */
    List<Unchecked> unchecked() {
        return unchecked;
    }

    /** The checks this operation was put to (a check that found nothing passed), for a test report. */
    Set<ProbeCheck> performed() {
        return performed;
    }

    /** The 401 answers it got, for the comparison across operations. */
    List<Exchange> unauthorized() {
        return unauthorized;
    }

    private void judgeMissing(Exchange exchange, boolean plain) {
        performed.addAll(EnumSet.of(ProbeCheck.UNAUTHENTICATED_ACCESS, ProbeCheck.FORBIDDEN_FOR_MISSING_CREDENTIALS,
                ProbeCheck.SERVER_ERROR_FOR_MISSING_CREDENTIALS, ProbeCheck.UNAUTHORIZED_WITHOUT_CHALLENGE));
        RawResponse response = exchange.response();
        if (response.isSuccessOrRedirect()) {
            report(ProbeCheck.UNAUTHENTICATED_ACCESS, "answered " + response.status() + " " + exchange.situation(), exchange);
        }
        judgeRefusal(exchange);
        if (plain && response.status() == 401 && acceptsBearer()) {
            performed.add(ProbeCheck.BEARER_ERROR_CODE);
            for (String challenge : response.header("WWW-Authenticate")) {
                if (isBearer(challenge) && challenge.toLowerCase(Locale.ROOT).contains("error=")) {
                    report(ProbeCheck.BEARER_ERROR_CODE, "answered a request without a token with an error code in its Bearer "
                            + "challenge (RFC 6750 §3.1: none when no token was sent)", exchange);
                }
            }
        }
    }

    private void judgeInvalid(Exchange exchange, InvalidCredential credential) {
        performed.add(ProbeCheck.INVALID_CREDENTIALS_ACCEPTED);
        RawResponse response = exchange.response();
        if (response.isSuccessOrRedirect()) {
            report(ProbeCheck.INVALID_CREDENTIALS_ACCEPTED, "answered " + response.status() + " " + exchange.situation(), exchange);
        }
        judgeRefusal(exchange);
        if (credential.bearer() && response.status() == 401) {
            performed.add(ProbeCheck.BEARER_ERROR_CODE);
            boolean invalidToken = response.header("WWW-Authenticate").stream()
                    .anyMatch(challenge -> isBearer(challenge) && challenge.replace(" ", "").toLowerCase(Locale.ROOT).contains("error=\"invalid_token\""));
            if (!invalidToken) {
                report(ProbeCheck.BEARER_ERROR_CODE, "answered an invalid bearer token without error=\"invalid_token\" in its "
                        + "Bearer challenge (RFC 6750 §3.1)", exchange);
            }
        }
    }

    /** What any request without valid credentials must get: 401 with a fitting challenge, no 403, no 5xx, no internals. */
    private void judgeRefusal(Exchange exchange) {
        RawResponse response = exchange.response();
        int status = response.status();
        if (status == 403 && model.answersWithChallenge(operation)) {
            report(ProbeCheck.FORBIDDEN_FOR_MISSING_CREDENTIALS, "answered 403 " + exchange.situation() + " (expected 401)", exchange);
        }
        if (status >= 500) {
            report(ProbeCheck.SERVER_ERROR_FOR_MISSING_CREDENTIALS, "answered " + status + " " + exchange.situation(), exchange);
        }
        if ((status == 401 || status == 403) && operation.response(String.valueOf(status)) != null) {
            String problem = undocumented(exchange);
            if (problem != null) {
                report(ProbeCheck.UNDOCUMENTED_AUTH_ERROR, "answered " + status + " " + exchange.situation() + ", which " + problem, exchange);
            }
        }
        if (status == 401 || status == 403) {
            performed.add(ProbeCheck.INTERNALS_IN_AUTH_ERROR);
            String internals = AuthErrorInternals.of(response);
            if (internals != null) {
                report(ProbeCheck.INTERNALS_IN_AUTH_ERROR, "answered " + status + " " + exchange.situation() + " with " + internals, exchange);
            }
        }
        if (status != 401) {
            return;
        }
        unauthorized.add(exchange);
        performed.add(ProbeCheck.INCONSISTENT_AUTH_ERROR);
        List<String> challenges = response.header("WWW-Authenticate");
        if (challenges.isEmpty()) {
            report(ProbeCheck.UNAUTHORIZED_WITHOUT_CHALLENGE, "answered 401 " + exchange.situation() + " without WWW-Authenticate",
                    exchange);
            return;
        }
        Set<String> accepted = acceptedChallengeSchemes();
        if (accepted == null) {
            return;
        }
        performed.add(ProbeCheck.CHALLENGE_FOR_OTHER_SCHEME);
        for (String challenge : challenges) {
            for (String scheme : Challenges.authSchemes(challenge)) {
                if (accepted.contains(scheme.toLowerCase(Locale.ROOT))) {
                    return;
                }
            }
        }
        report(ProbeCheck.CHALLENGE_FOR_OTHER_SCHEME, "answered 401 " + exchange.situation() + " with a challenge for none of "
                + String.join(", ", accepted) + ", which the operation accepts", exchange);
    }

    /** The challenge schemes the operation accepts, lower case; null when any challenge fits (an API key, an unknown type). */
    private Set<String> acceptedChallengeSchemes() {
        Set<String> accepted = new TreeSet<>();
        for (SchemeUse use : operation.security().uses()) {
            SecurityScheme scheme = model.schemes().get(use.scheme());
            if (scheme == null || scheme.acceptsAnyChallenge()) {
                return null;
            }
            scheme.authScheme().ifPresent(name -> accepted.add(name.toLowerCase(Locale.ROOT)));
        }
        return accepted.isEmpty() ? null : accepted;
    }

    private boolean acceptsBearer() {
        for (SchemeUse use : operation.security().uses()) {
            SecurityScheme scheme = model.schemes().get(use.scheme());
            if (scheme != null && scheme.bearerFamily()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBearer(String challenge) {
        return Challenges.authSchemes(challenge).stream().anyMatch(scheme -> scheme.equalsIgnoreCase("Bearer"));
    }

    private List<InvalidCredential> invalidCredentials() {
        Map<String, InvalidCredential> credentials = new LinkedHashMap<>();
        for (SchemeUse use : operation.security().uses()) {
            SecurityScheme scheme = model.schemes().get(use.scheme());
            InvalidCredential credential = scheme == null ? null : InvalidCredential.of(scheme);
            if (credential != null) {
                credentials.putIfAbsent(scheme.name(), credential);
            }
        }
        return new ArrayList<>(credentials.values());
    }

    private Exchange send(String situation, String method, String path, String query, List<RawRequest.Header> extra)
            throws IOException, RequestBudget.ExhaustedException {
        List<RawRequest.Header> headers = new ArrayList<>();
        headers.add(new RawRequest.Header("User-Agent", "openapi-auth-probe", false));
        boolean accepts = extra.stream().anyMatch(header -> header.name().equalsIgnoreCase("Accept"));
        if (!accepts) {
            headers.add(new RawRequest.Header("Accept", "application/json, application/problem+json, */*", false));
        }
        headers.addAll(extra);
        byte[] body = new byte[0];
        if (WITH_BODY.contains(method)) {
            RequestBodies.Body example = RequestBodies.of(operation, values);
            headers.add(new RawRequest.Header("Content-Type", example.mediaType(), false));
            body = example.text().getBytes(StandardCharsets.UTF_8);
        }
        RawRequest request = new RawRequest(method, query.isEmpty() ? path : path + "?" + query, headers, body);
        return new Exchange(situation, request, budget.send(request));
    }

    private void report(ProbeCheck check, String what, Exchange exchange) {
        if (findings.containsKey(check)) {
            return;
        }
        findings.put(check, finding(check, operation.label() + " " + what + " — " + exchange.evidence()));
    }

    Finding finding(ProbeCheck check, String message) {
        Place at = operation.place();
        return new Finding(check.id(), check.severity(), message, at.file().displayName(), at.line(), at.column(), at.pointer(),
                OperationRef.of(operation));
    }
}
