package dev.openapiauth.lint.rules;

import dev.openapiauth.core.model.Challenges;
import dev.openapiauth.core.model.Header;
import dev.openapiauth.core.source.Place;
import dev.openapiauth.core.source.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The challenges a {@code WWW-Authenticate} header declares: values of its schema's {@code enum},
 * {@code const}, {@code default}, {@code example(s)} and {@code pattern}, and the header's own examples
 * (or its media type's, for a header described with {@code content}).
 */
final class DeclaredChallenges {
    private static final List<String> VALUE_KEYWORDS = List.of("enum", "const", "default", "example", "examples", "x-example");

    /** One declared challenge: its auth-scheme and where it is written. */
    record Declared(String authScheme, Place place) {
    }

    private DeclaredChallenges() {
    }

    static List<Declared> of(Header header) {
        List<Place> holders = new ArrayList<>();
        if (header.schema() != null) {
            holders.add(header.schema());
        }
        addUnlessHeld(header.definition(), holders);
        // A header may be described with content (one media type) instead of schema: its examples count too.
        Place content = header.definition().child("content");
        if (content != null) {
            for (Place media : content.children()) {
                addUnlessHeld(media, holders);
            }
        }
        List<Declared> declared = new ArrayList<>();
        for (Place holder : holders) {
            for (String keyword : VALUE_KEYWORDS) {
                Place values = holder.child(keyword);
                if (values != null) {
                    collectValues(values, declared);
                }
            }
            Place pattern = holder.child("pattern");
            if (pattern != null && pattern.node() instanceof ScalarNode scalar) {
                for (String scheme : patternSchemes(scalar.text())) {
                    declared.add(new Declared(scheme, pattern));
                }
            }
        }
        return declared;
    }

    /** A node reached twice (a schema that is the header itself) is read once; by identity, as a record's hash is not. */
    private static void addUnlessHeld(Place place, List<Place> holders) {
        for (Place held : holders) {
            if (held.node() == place.node()) {
                return;
            }
        }
        holders.add(place);
    }

    /** Strings anywhere below {@code values}: lists, OpenAPI example objects ({@code value}) and plain strings. */
    private static void collectValues(Place values, List<Declared> into) {
        if (values.node() instanceof ScalarNode scalar) {
            for (String scheme : Challenges.authSchemes(scalar.text())) {
                into.add(new Declared(scheme, values));
            }
            return;
        }
        List<Place> nested = values.isList() ? values.items() : values.children();
        for (Place item : nested) {
            if (!item.name().equals("summary") && !item.name().equals("description")) {
                collectValues(item, into);
            }
        }
    }

    /** The leading literal word of a pattern, or of each alternative of a leading group: {@code ^(Bearer|Basic) .*}. */
    static List<String> patternSchemes(String pattern) {
        String body = pattern.startsWith("^") ? pattern.substring(1) : pattern;
        if (body.startsWith("(?i)")) {
            body = body.substring(4);
        }
        List<String> alternatives = new ArrayList<>();
        if (body.startsWith("(")) {
            int close = body.indexOf(')');
            String group = body.substring(body.startsWith("(?:") ? 3 : 1, close < 0 ? body.length() : close);
            alternatives.addAll(List.of(group.split("\\|")));
        } else {
            alternatives.add(body);
        }
        List<String> schemes = new ArrayList<>();
        for (String alternative : alternatives) {
            String word = leadingWord(alternative);
            if (!word.isEmpty()) {
                schemes.add(word);
            }
        }
        return schemes;
    }

    /** The token68-style word an alternative starts with: a letter, then letters, digits, {@code _} and {@code -}. */
    private static String leadingWord(String alternative) {
        if (alternative.isEmpty() || !isAsciiLetter(alternative.charAt(0))) {
            return "";
        }
        int end = 1;
        while (end < alternative.length()) {
            char c = alternative.charAt(end);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '-') {
                break;
            }
            end++;
        }
        return alternative.substring(0, end);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
