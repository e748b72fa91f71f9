package dev.openapiauth.lint.baseline;

import dev.openapiauth.lint.finding.Finding;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The findings a change is judged against: from an earlier report, or from linting an earlier revision. */
public record Baseline(List<BaselineEntry> entries) {

    public static Baseline of(List<Finding> findings) {
        return new Baseline(findings.stream().map(BaselineEntry::of).toList());
    }

    /**
     * Matches findings by fingerprint, each baseline entry at most once (two equal findings need two
     * entries); a match whose severity or message changed is {@code updated}.
     */
    public Comparison compare(List<Finding> findings) {
        Map<String, Deque<BaselineEntry>> unmatched = new LinkedHashMap<>();
        for (BaselineEntry entry : entries) {
            unmatched.computeIfAbsent(entry.fingerprint(), f -> new ArrayDeque<>()).add(entry);
        }
        List<BaselineState> states = new ArrayList<>();
        for (Finding finding : findings) {
            Deque<BaselineEntry> candidates = unmatched.get(finding.fingerprint());
            BaselineEntry match = candidates == null ? null : candidates.poll();
            if (match == null) {
                states.add(BaselineState.NEW);
            } else if (match.severity().equals(finding.severity().label()) && match.message().equals(finding.message())) {
                states.add(BaselineState.UNCHANGED);
            } else {
                states.add(BaselineState.UPDATED);
            }
        }
        List<BaselineEntry> fixed = unmatched.values().stream().flatMap(Deque::stream).toList();
        return new Comparison(states, fixed);
    }
}
