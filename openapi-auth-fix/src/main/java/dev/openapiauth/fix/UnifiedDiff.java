package dev.openapiauth.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.List;

/** A fix as git shows it: a unified diff with three lines of context, and its counts of lines added and removed. */
public final class UnifiedDiff {
    private UnifiedDiff() {
    }

    /**
     * The diff of one file, {@code a/NAME} to {@code b/NAME} for a relative name (as git writes it, for
     * {@code git apply}), the name itself for an absolute one; empty when nothing changed.
     */
    public static List<String> of(String name, String original, String fixed) {
        List<String> before = lines(original);
        Patch<String> patch = DiffUtils.diff(before, lines(fixed));
        boolean absolute = name.startsWith("/") || name.length() > 2 && name.charAt(1) == ':';
        return UnifiedDiffUtils.generateUnifiedDiff(absolute ? name : "a/" + name, absolute ? name : "b/" + name, before, patch, 3);
    }

    /** Lines added and lines removed, in that order. */
    public static int[] counts(String original, String fixed) {
        Patch<String> patch = DiffUtils.diff(lines(original), lines(fixed));
        int added = 0;
        int removed = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            added += delta.getTarget().size();
            removed += delta.getSource().size();
        }
        return new int[] {added, removed};
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\r\n|\r|\n", -1));
    }
}
