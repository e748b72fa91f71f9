package dev.openapiauth.lint.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The word lists of {@code auth-error-words.txt}: phrases matched on whole words, and patterns. */
final class AuthErrorWords {
    static final String NOT_AUTHENTICATED = "not-authenticated";
    static final String LACKS_PERMISSION = "lacks-permission";
    static final String RATE_LIMIT = "rate-limit";
    static final String INTERNAL_PROPERTY = "internal-property";
    static final String INTERNAL_EXAMPLE_PATTERN = "internal-example-pattern";

    private static final String FILE = "auth-error-words.txt";
    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Map<String, List<String>> SECTIONS = read();
    private static final Map<String, Pattern> GAPPED = new java.util.concurrent.ConcurrentHashMap<>();

    private AuthErrorWords() {
    }

    /**
     * The first phrase of {@code section} that {@code text} contains as whole words, or null. A
     * {@code *} in a phrase stands for up to three words ({@code doesn't have * permission}).
     */
    static String phraseIn(String section, String text) {
        String words = " " + words(text) + " ";
        for (String phrase : SECTIONS.get(section)) {
            if (phrase.contains("*") ? gapped(phrase).matcher(words).find() : words.contains(" " + words(phrase) + " ")) {
                return phrase.replace(" * ", " ");
            }
        }
        return null;
    }

    private static Pattern gapped(String phrase) {
        return GAPPED.computeIfAbsent(phrase, written -> {
            StringBuilder expression = new StringBuilder(" ");
            for (String part : written.split("\\*")) {
                if (expression.length() > 1) {
                    expression.append("(?:\\S+ ){0,3}");
                }
                String partWords = words(part);
                if (!partWords.isEmpty()) {
                    expression.append(Pattern.quote(partWords)).append(' ');
                }
            }
            return Pattern.compile(expression.toString());
        });
    }

    /** Whether a property name is one of {@code section}'s, ignoring case, '_' and '-'. */
    static boolean isListedName(String section, String name) {
        return SECTIONS.get(section).contains(name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", ""));
    }

    static List<Pattern> patterns(String section) {
        List<Pattern> patterns = new ArrayList<>();
        for (String entry : SECTIONS.get(section)) {
            patterns.add(Pattern.compile(entry));
        }
        return patterns;
    }

    private static String words(String text) {
        return NOT_A_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    private static Map<String, List<String>> read() {
        Map<String, List<String>> sections = new HashMap<>();
        try (InputStream in = AuthErrorWords.class.getResourceAsStream(FILE);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> current = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    current = sections.computeIfAbsent(entry.substring(1, entry.length() - 1), name -> new ArrayList<>());
                } else {
                    current.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        return sections;
    }
}
