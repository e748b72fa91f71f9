package dev.openapiauth.fix;

import java.util.Comparator;
import java.util.List;

/**
 * Where a new key goes among an object's existing keys: before the first that sorts after it when
 * the existing keys are sorted (status codes numerically, anything else alphabetically), else after the
 * last. Two keys are always in order, so it takes three to say an object is sorted.
 */
final class KeyOrder {
    private static final Comparator<String> ALPHABETICAL = String.CASE_INSENSITIVE_ORDER;
    private static final Comparator<String> STATUSES = Comparator.comparingInt(KeyOrder::statusRank);

    private KeyOrder() {
    }

    /** The existing key {@code key} goes before, or null for after the last. */
    static String before(List<String> existing, String key) {
        if (existing.size() < 3) {
            return null;
        }
        boolean statuses = statusRank(key) >= 0;
        for (String candidate : existing) {
            statuses &= statusRank(candidate) >= 0;
        }
        Comparator<String> order = statuses ? STATUSES : ALPHABETICAL;
        for (int i = 1; i < existing.size(); i++) {
            if (order.compare(existing.get(i - 1), existing.get(i)) > 0) {
                return null;
            }
        }
        for (String candidate : existing) {
            if (order.compare(candidate, key) > 0) {
                return candidate;
            }
        }
        return null;
    }

    /** 401 → 4010, 4XX → 4999 (after every 4xx code), default → last; -1 for a key that is no status. */
    private static int statusRank(String key) {
        if (key.equals("default")) {
            return Integer.MAX_VALUE;
        }
        if (key.length() != 3 || key.charAt(0) < '1' || key.charAt(0) > '5') {
            return -1;
        }
        if (key.substring(1).equalsIgnoreCase("XX")) {
            return (key.charAt(0) - '0') * 1000 + 999;
        }
        if (!Character.isDigit(key.charAt(1)) || !Character.isDigit(key.charAt(2))) {
            return -1;
        }
        return Integer.parseInt(key) * 10;
    }
}
