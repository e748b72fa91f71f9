package org.acme.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One HTTP request of the matrix: method, path with query, and headers in order. */
public record CallSpec(String method, String pathAndQuery, List<Map.Entry<String, String>> headers) {

    public static CallSpec get(String pathAndQuery) {
        return new CallSpec("GET", pathAndQuery, List.of());
    }

    public static CallSpec post(String pathAndQuery) {
        return new CallSpec("POST", pathAndQuery, List.of());
    }

    public CallSpec with(String header, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(header, value));
        return new CallSpec(method, pathAndQuery, List.copyOf(more));
    }

    public CallSpec bearer(String token) {
        return with("Authorization", "Bearer " + token);
    }

    public CallSpec basic(String user, String password) {
        return with("Authorization", KnownCredentials.basic(user, password));
    }

    public String path() {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(method).append(' ').append(pathAndQuery);
        headers.forEach(header -> text.append(" [").append(header.getKey()).append(": ").append(header.getValue()).append(']'));
        return text.toString();
    }
}
