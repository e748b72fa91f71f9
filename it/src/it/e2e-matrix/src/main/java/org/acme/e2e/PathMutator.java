package org.acme.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded random changes to a request target: one to four of the variant families' changes at random
 * places, some that keep the path's meaning and some that do not (an encoded slash, a broken escape,
 * raw non-ASCII), sometimes in absolute form.
 */
public final class PathMutator {
    private static final String[] NOISE = {"%2F", "%", "%zz", "\u00e9", "%00", "%C0%AF", "\\", ";", "%3B", "*", "~"};

    private final Random random;
    private final String authority;

    public PathMutator(long seed, String authority) {
        this.random = new Random(seed);
        this.authority = authority;
    }

    public Random random() {
        return random;
    }

    public String mutate(String pathAndQuery) {
        int question = pathAndQuery.indexOf('?');
        String query = question < 0 ? "" : pathAndQuery.substring(question);
        List<String> segments = new ArrayList<>(List.of(pathAndQuery.substring(1, question < 0 ? pathAndQuery.length() : question).split("/")));
        int changes = 1 + random.nextInt(4);
        for (int i = 0; i < changes; i++) {
            change(segments);
        }
        String target = "/" + String.join("/", segments) + query;
        return random.nextInt(10) == 0 ? "http://" + authority + target : target;
    }

    private void change(List<String> segments) {
        int at = random.nextInt(segments.size());
        String segment = segments.get(at);
        switch (random.nextInt(11)) {
            case 0 -> segments.set(at, segment + ";" + (random.nextBoolean() ? "" : "p" + random.nextInt(100) + "=" + random.nextInt(10)));
            case 1 -> segments.set(at, encodeOne(segment));
            case 2 -> segments.add(at, "");
            case 3 -> segments.add("");
            case 4 -> segments.add(at, random.nextBoolean() ? "." : "%2e");
            case 5 -> {
                segments.add(at, random.nextBoolean() ? ".." : "%2e%2E");
                segments.add(at, "n" + random.nextInt(10));
            }
            case 6 -> segments.set(at, flipCase(segment));
            case 7 -> segments.set(at, segment + (random.nextBoolean() ? ".json" : "."));
            case 8 -> segments.set(at, segment + NOISE[random.nextInt(NOISE.length)]);
            case 9 -> segments.set(at, segment + "..;");
            default -> segments.set(at, segment.isEmpty() ? segment : segment + "/" + segment.substring(segment.length() / 2));
        }
    }

    private String encodeOne(String segment) {
        if (segment.isEmpty()) {
            return segment;
        }
        int at = random.nextInt(segment.length());
        String hex = String.format("%%%02X", (int) segment.charAt(at));
        return segment.substring(0, at) + (random.nextBoolean() ? hex : hex.toLowerCase(Locale.ROOT)) + segment.substring(at + 1);
    }

    private String flipCase(String segment) {
        if (segment.isEmpty()) {
            return segment;
        }
        int at = random.nextInt(segment.length());
        char c = segment.charAt(at);
        char flipped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
        return segment.substring(0, at) + flipped + segment.substring(at + 1);
    }
}
