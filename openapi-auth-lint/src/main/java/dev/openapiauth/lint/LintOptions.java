package dev.openapiauth.lint;

import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.core.model.ModelOptions;
import dev.openapiauth.lint.finding.Severity;
import dev.openapiauth.lint.rules.RuleDescriptor;
import dev.openapiauth.lint.rules.Rules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything a lint run can be told.
 *
 * @param ignoredRules          rule ids never reported
 * @param severities            rule id → severity replacing the rule's own
 * @param acceptRangeResponses  let {@code 4XX} and {@code default} satisfy the 401/403 rules
 */
public record LintOptions(LoadOptions load, ModelOptions model, boolean acceptRangeResponses,
                          Set<String> ignoredRules, Map<String, Severity> severities) {

    public static final LintOptions DEFAULT =
            new LintOptions(LoadOptions.DEFAULT, ModelOptions.DEFAULT, false, Set.of(), Map.of());

    /**
     * Options as users write them in the CLI or the POM: rule lists may be comma-separated, and a
     * severity of {@code off} ignores the rule.
     *
     * @param rootDirectory null for the folder of each entry document
     */
    public static LintOptions of(Collection<String> ignoredRules, Map<String, String> severities, boolean acceptRangeResponses,
                                 boolean includeCallbacksAndWebhooks, Collection<String> allowedRemoteHosts, Path rootDirectory) {
        Set<String> ignored = new HashSet<>(splitCommas(ignoredRules));
        Map<String, Severity> overrides = new HashMap<>();
        for (Map.Entry<String, String> severity : severities.entrySet()) {
            String rule = severity.getKey().trim();
            if (severity.getValue().trim().equalsIgnoreCase("off")) {
                ignored.add(rule);
            } else {
                overrides.put(rule, Severity.parse(severity.getValue(), "off"));
            }
        }
        LoadOptions load = LoadOptions.DEFAULT.withAllowedRemoteHosts(Set.copyOf(splitCommas(allowedRemoteHosts)))
                .withRootDirectory(rootDirectory);
        return new LintOptions(load, new ModelOptions(includeCallbacksAndWebhooks), acceptRangeResponses, ignored, overrides);
    }

    public LintOptions withOverlays(List<Path> overlays) {
        return new LintOptions(load.withOverlays(overlays), model, acceptRangeResponses, ignoredRules, severities);
    }

    public LintOptions withRootDirectory(Path root) {
        return new LintOptions(load.withRootDirectory(root), model, acceptRangeResponses, ignoredRules, severities);
    }

    /** The options as canonical text (sets sorted), so equal options give equal text in every JVM. */
    public String fingerprint() {
        return "root=" + load.rootDirectory() + ";overlays=" + load.overlays() + ";hosts=" + new TreeSet<>(load.allowedRemoteHosts()) + ";limits=" + load.limits().maxBytes() + "/" + load.limits().maxDepth() + "/" + load.limits().maxAliasNodes()
                + ";callbacksAndWebhooks=" + model.includeCallbacksAndWebhooks() + ";acceptRanges=" + acceptRangeResponses
                + ";ignored=" + new TreeSet<>(ignoredRules) + ";severities=" + new TreeMap<>(severities);
    }

    /** Items of a list whose elements may each hold several comma-separated values. */
    public static List<String> splitCommas(Collection<String> values) {
        List<String> items = new ArrayList<>();
        for (String value : values) {
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        }
        return items;
    }

    public LintOptions {
        ignoredRules = Set.copyOf(ignoredRules);
        severities = Map.copyOf(severities);
        List<String> named = new ArrayList<>(ignoredRules);
        named.addAll(severities.keySet());
        for (String id : named) {
            if (Rules.byId(id).isEmpty()) {
                List<String> known = new ArrayList<>();
                for (RuleDescriptor descriptor : Rules.descriptors()) {
                    known.add(descriptor.id());
                }
                throw new IllegalArgumentException("unknown rule '" + id + "' (expected one of " + String.join(", ", known) + ")");
            }
        }
    }
}
