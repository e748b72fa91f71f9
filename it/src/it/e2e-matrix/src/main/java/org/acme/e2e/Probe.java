package org.acme.e2e;

import static org.acme.e2e.KnownCredentials.API_KEY;
import static org.acme.e2e.KnownCredentials.EXPIRED_TOKEN;
import static org.acme.e2e.KnownCredentials.NO_SCOPE_TOKEN;
import static org.acme.e2e.KnownCredentials.READ_TOKEN;
import static org.acme.e2e.KnownCredentials.USER;
import static org.acme.e2e.KnownCredentials.WRITE_TOKEN;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A request to a secured operation of e2e/shop.yaml with credentials that must not get it in: none,
 * invalid ones, half of an AND requirement, or valid ones that lack a scope. Written out by hand from
 * the description, not taken from the generator.
 */
public record Probe(String operation, String method, String pathAndQuery, String credentials, List<Map.Entry<String, String>> headers) {

    public static List<Probe> insufficient() {
        List<Probe> probes = new ArrayList<>();
        secured(probes, "getBasic", "GET", "/basic", invalidBasic(), bearer(READ_TOKEN));
        secured(probes, "getBearer", "GET", "/bearer", bearer(EXPIRED_TOKEN));
        secured(probes, "readScoped", "GET", "/scoped", bearer(NO_SCOPE_TOKEN));
        secured(probes, "writeScoped", "POST", "/scoped", bearer(READ_TOKEN));
        secured(probes, "getKeyHeader", "GET", "/key-header", header("X-API-Key", "stolen"));
        secured(probes, "getKeyQuery", "GET", "/key-query?api_key=stolen");
        secured(probes, "getKeyCookie", "GET", "/key-cookie", header("Cookie", "session=stolen"));
        secured(probes, "getAnd", "GET", "/and", header("X-API-Key", API_KEY), bearer(READ_TOKEN),
                both(header("X-API-Key", API_KEY), bearer(NO_SCOPE_TOKEN)));
        secured(probes, "getOr", "GET", "/or", invalidBasic(), bearer(EXPIRED_TOKEN));
        secured(probes, "listItems", "GET", "/items", bearer(EXPIRED_TOKEN));
        secured(probes, "createItem", "POST", "/items", bearer(READ_TOKEN));
        secured(probes, "getItem", "GET", "/items/42", bearer(EXPIRED_TOKEN));
        secured(probes, "deleteItem", "DELETE", "/items/42", bearer(WRITE_TOKEN), header("X-API-Key", API_KEY),
                both(header("X-API-Key", API_KEY), bearer(READ_TOKEN)));
        secured(probes, "getAdminStats", "GET", "/admin/stats", bearer(WRITE_TOKEN));
        secured(probes, "putFile", "PUT", "/files/a", invalidBasic());
        probes.add(new Probe("getOptional", "GET", "/optional", "Bearer " + EXPIRED_TOKEN, List.of(Map.entry("Authorization", "Bearer " + EXPIRED_TOKEN))));
        return List.copyOf(probes);
    }

    /** Adds a probe without credentials and one per set of {@code insufficient} credentials. */
    @SafeVarargs
    private static void secured(List<Probe> probes, String operation, String method, String pathAndQuery,
                                List<Map.Entry<String, String>>... insufficient) {
        probes.add(new Probe(operation, method, pathAndQuery, "none", List.of()));
        for (List<Map.Entry<String, String>> headers : insufficient) {
            probes.add(new Probe(operation, method, pathAndQuery, describe(headers), headers));
        }
    }

    private static List<Map.Entry<String, String>> bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    private static List<Map.Entry<String, String>> invalidBasic() {
        return header("Authorization", KnownCredentials.basic(USER, "wrong"));
    }

    private static List<Map.Entry<String, String>> header(String name, String value) {
        return List.of(Map.entry(name, value));
    }

    private static List<Map.Entry<String, String>> both(List<Map.Entry<String, String>> one, List<Map.Entry<String, String>> other) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(one);
        headers.addAll(other);
        return headers;
    }

    private static String describe(List<Map.Entry<String, String>> headers) {
        return String.join(" + ", headers.stream().map(header -> header.getKey() + ": " + header.getValue()).toList());
    }

    /** The methods to send: the operation's, and HEAD for GET. */
    public List<String> methods() {
        return method.equals("GET") ? List.of("GET", "HEAD") : List.of(method);
    }
}
