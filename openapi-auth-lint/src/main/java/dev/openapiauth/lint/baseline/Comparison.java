package dev.openapiauth.lint.baseline;

import dev.openapiauth.lint.finding.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * The current findings against a baseline.
 *
 * @param states one per current finding, in the same order
 * @param fixed  the baseline's findings that are gone, in the baseline's order
 */
public record Comparison(List<BaselineState> states, List<BaselineEntry> fixed) {

    public List<Finding> newFindings(List<Finding> findings) {
        List<Finding> added = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            if (states.get(i) == BaselineState.NEW) {
                added.add(findings.get(i));
            }
        }
        return added;
    }
}
