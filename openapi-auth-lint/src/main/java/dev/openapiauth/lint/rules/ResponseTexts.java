package dev.openapiauth.lint.rules;

import dev.openapiauth.core.load.LoadProblem;
import dev.openapiauth.core.load.RefResolver;
import dev.openapiauth.core.model.MediaType;
import dev.openapiauth.core.model.Response;
import dev.openapiauth.core.source.Place;
import dev.openapiauth.core.source.ScalarNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a response says in words: its description and the strings of its examples. */
final class ResponseTexts {
    private static final List<String> EXAMPLE_KEYS = List.of("example", "examples", "x-example", "x-examples");

    /** A phrase of a word list found in a response's text, and where it is written. */
    record Said(Place place, String phrase) {
    }

    private ResponseTexts() {
    }

    /** The first place of {@code response}'s texts that says a phrase of {@code section}, or null. */
    static Said firstPhrase(RefResolver resolver, Response response, String section) {
        for (Place text : texts(resolver, response)) {
            String phrase = AuthErrorWords.phraseIn(section, ((ScalarNode) text.node()).text());
            if (phrase != null) {
                return new Said(text, phrase);
            }
        }
        return null;
    }

    /** The description, then every string of the examples. */
    static List<Place> texts(RefResolver resolver, Response response) {
        List<Place> texts = new ArrayList<>();
        if (response.definition() == null) {
            return texts;
        }
        Place description = response.definition().child("description");
        if (description != null && description.node() instanceof ScalarNode) {
            texts.add(description);
        }
        texts.addAll(examples(resolver, response));
        return texts;
    }

    /**
     * Every string of the response's examples (Swagger 2.0's and each media type's, with their schemas'
     * own), also of example objects that are references ({@code #/components/examples/…}).
     */
    static List<Place> examples(RefResolver resolver, Response response) {
        List<Place> strings = new ArrayList<>();
        if (response.definition() == null) {
            return strings;
        }
        List<Place> holders = new ArrayList<>(List.of(response.definition()));
        Place content = response.definition().child("content");
        if (content != null) {
            holders.addAll(content.children());
        }
        for (MediaType media : response.content()) {
            if (media.schema() != null) {
                holders.add(media.schema());
            }
        }
        for (Place holder : holders) {
            for (String key : EXAMPLE_KEYS) {
                Place example = holder.child(key);
                if (example != null) {
                    strings(resolver, example, strings);
                }
            }
        }
        return strings;
    }

    /**
     * Every string below {@code start}, references followed. Iterative, and each place is visited once,
     * so a reference cycle among examples ends (the fuzzer found the recursion's stack overflow).
     */
    private static void strings(RefResolver resolver, Place start, List<Place> into) {
        List<LoadProblem> unfollowed = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        Deque<Place> pending = new ArrayDeque<>();
        pending.push(start);
        while (!pending.isEmpty()) {
            Place written = pending.pop();
            Place place = RefResolver.isRef(written) ? resolver.resolve(written, unfollowed) : written;
            if (place == null || !visited.add(place.file().uri() + "#" + place.pointer())) {
                continue;
            }
            if (place.node() instanceof ScalarNode scalar) {
                if (scalar.kind() == ScalarNode.Kind.STRING) {
                    into.add(place);
                }
                continue;
            }
            List<Place> nested = place.isList() ? place.items() : place.children();
            for (int i = nested.size() - 1; i >= 0; i--) {
                pending.push(nested.get(i));
            }
        }
    }
}
