package org.acme.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The forms of one canonical path that some router reads as that same path, by family. Each
 * variant is a request target to be sent exactly as written (the query, if any, kept at the end).
 */
public final class PathVariants {

    public enum Family {
        PATH_PARAMETER, PERCENT_ENCODING, EMPTY_SEGMENT, TRAILING_SLASH, DOT_SEGMENT, CASE, SUFFIX, ABSOLUTE_FORM
    }

    public record Variant(Family family, String target) {
    }

    private PathVariants() {
    }

    /** Every variant of {@code pathAndQuery} ({@code /a/b?x=1}); {@code authority} is {@code 127.0.0.1:port} for absolute forms. */
    public static List<Variant> of(String pathAndQuery, String authority) {
        int question = pathAndQuery.indexOf('?');
        String query = question < 0 ? "" : pathAndQuery.substring(question);
        List<String> segments = List.of(pathAndQuery.substring(1, question < 0 ? pathAndQuery.length() : question).split("/"));
        List<Variant> variants = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            int at = i;
            add(variants, Family.PATH_PARAMETER, segments, query, s -> replace(s, at, s.get(at) + ";x=1"));
            add(variants, Family.PATH_PARAMETER, segments, query, s -> replace(s, at, s.get(at) + ";"));
            add(variants, Family.PATH_PARAMETER, segments, query, s -> replace(s, at, s.get(at) + ";jsessionid=abc"));
            add(variants, Family.PERCENT_ENCODING, segments, query, s -> replace(s, at, encode(s.get(at), 1, false)));
            add(variants, Family.PERCENT_ENCODING, segments, query, s -> replace(s, at, encode(s.get(at), s.get(at).length(), false)));
            add(variants, Family.PERCENT_ENCODING, segments, query, s -> replace(s, at, encode(s.get(at), s.get(at).length(), true)));
            add(variants, Family.DOT_SEGMENT, segments, query, s -> insert(s, at, "."));
            add(variants, Family.DOT_SEGMENT, segments, query, s -> insert(insert(s, at, ".."), at, "x"));
            add(variants, Family.DOT_SEGMENT, segments, query, s -> insert(s, at, "%2e"));
            add(variants, Family.DOT_SEGMENT, segments, query, s -> insert(insert(s, at, "%2E%2e"), at, "x"));
            add(variants, Family.DOT_SEGMENT, segments, query, s -> insert(insert(s, at, "..;"), at, "x"));
            add(variants, Family.EMPTY_SEGMENT, segments, query, s -> insert(s, at, ""));
        }
        String path = "/" + String.join("/", segments);
        variants.add(new Variant(Family.PATH_PARAMETER, path + ";x=1;y=2" + query));
        variants.add(new Variant(Family.EMPTY_SEGMENT, "/" + path + query));
        variants.add(new Variant(Family.EMPTY_SEGMENT, "//" + path + query));
        variants.add(new Variant(Family.TRAILING_SLASH, path + "/" + query));
        variants.add(new Variant(Family.TRAILING_SLASH, path + "//" + query));
        variants.add(new Variant(Family.TRAILING_SLASH, path + "/;" + query));
        variants.add(new Variant(Family.DOT_SEGMENT, path + "/." + query));
        variants.add(new Variant(Family.CASE, path.toUpperCase(Locale.ROOT) + query));
        variants.add(new Variant(Family.CASE, "/" + Character.toUpperCase(path.charAt(1)) + path.substring(2) + query));
        variants.add(new Variant(Family.SUFFIX, path + ".json" + query));
        variants.add(new Variant(Family.SUFFIX, path + ".html" + query));
        variants.add(new Variant(Family.SUFFIX, path + "." + query));
        variants.add(new Variant(Family.ABSOLUTE_FORM, "http://" + authority + path + query));
        variants.add(new Variant(Family.ABSOLUTE_FORM, "http://" + authority + path + ";x=1" + query));
        variants.add(new Variant(Family.ABSOLUTE_FORM, "http://" + authority + "/" + encode(path.substring(1), 1, false) + query));
        variants.add(new Variant(Family.ABSOLUTE_FORM, "http://" + authority + path + "/" + query));
        return variants;
    }

    private static void add(List<Variant> variants, Family family, List<String> segments, String query,
                            UnaryOperator<List<String>> change) {
        variants.add(new Variant(family, "/" + String.join("/", change.apply(segments)) + query));
    }

    private static List<String> replace(List<String> segments, int at, String segment) {
        List<String> changed = new ArrayList<>(segments);
        changed.set(at, segment);
        return changed;
    }

    private static List<String> insert(List<String> segments, int at, String segment) {
        List<String> changed = new ArrayList<>(segments);
        changed.add(at, segment);
        return changed;
    }

    /** The first {@code count} characters of {@code segment} as percent-escapes. */
    static String encode(String segment, int count, boolean lowerCase) {
        StringBuilder encoded = new StringBuilder();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (i < count) {
                String hex = String.format("%%%02X", (int) c);
                encoded.append(lowerCase ? hex.toLowerCase(Locale.ROOT) : hex);
            } else {
                encoded.append(c);
            }
        }
        return encoded.toString();
    }
}
