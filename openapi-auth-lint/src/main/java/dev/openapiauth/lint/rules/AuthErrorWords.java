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

/**
 * The word lists of {@code auth-error-words.txt}: phrases matched on whole words, by hand, as the lint
 * path compiles no regex (ColdStartClassesTest), and property names. (What examples show of internals
 * is {@link InternalsInText}.)
 */
final class AuthErrorWords {
    static final String NOT_AUTHENTICATED = "not-authenticated";
    static final String LACKS_PERMISSION = "lacks-permission";
    static final String RATE_LIMIT = "rate-limit";
    static final String INTERNAL_PROPERTY = "internal-property";

    private static final String FILE = "auth-error-words.txt";
    private static final String GAP = "*";
    /** Up to how many words a {@code *} in a phrase stands for. */
    private static final int GAP_WORDS = 3;
    private static final Map<String, List<String>> SECTIONS = read();
    private static final Map<String, List<String[]>> PHRASES = phrases();

    private AuthErrorWords() {
    }

    /**
     * The first phrase of {@code section} that {@code text} contains as whole words, or null. A
     * {@code *} in a phrase stands for up to three words ({@code doesn't have * permission}).
     */
    static String phraseIn(String section, String text) {
        String[] words = words(text);
        for (String[] phrase : PHRASES.get(section)) {
            for (int start = 0; start < words.length; start++) {
                if (matchesAt(phrase, 0, words, start)) {
                    return String.join(" ", phrase).replace(" " + GAP + " ", " ");
                }
            }
        }
        return null;
    }

    /** Whether {@code phrase} from its word {@code p} on matches {@code words} from {@code w} on. */
    private static boolean matchesAt(String[] phrase, int p, String[] words, int w) {
        if (p == phrase.length) {
            return true;
        }
        if (phrase[p].equals(GAP)) {
            for (int skipped = 0; skipped <= GAP_WORDS && w + skipped <= words.length; skipped++) {
                if (matchesAt(phrase, p + 1, words, w + skipped)) {
                    return true;
                }
            }
            return false;
        }
        return w < words.length && words[w].equals(phrase[p]) && matchesAt(phrase, p + 1, words, w + 1);
    }

    /** Whether a property name is one of {@code section}'s, ignoring case, '_' and '-'. */
    static boolean isListedName(String section, String name) {
        return SECTIONS.get(section).contains(name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", ""));
    }

    /** Lower-case runs of letters and digits; everything else separates words. */
    private static String[] words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? Character.toLowerCase(text.charAt(i)) : ' ';
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '*') {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        return words.toArray(new String[0]);
    }

    private static Map<String, List<String[]>> phrases() {
        Map<String, List<String[]>> phrases = new HashMap<>();
        for (Map.Entry<String, List<String>> section : SECTIONS.entrySet()) {
            List<String[]> parsed = new ArrayList<>();
            for (String phrase : section.getValue()) {
                parsed.add(words(phrase));
            }
            phrases.put(section.getKey(), parsed);
        }
        return phrases;
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
                    current = new ArrayList<>();
                    sections.put(entry.substring(1, entry.length() - 1), current);
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
