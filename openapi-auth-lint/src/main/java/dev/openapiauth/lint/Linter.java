package dev.openapiauth.lint;

import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.Severity;
import dev.openapiauth.lint.load.LoadProblem;
import dev.openapiauth.lint.load.LoadedSpec;
import dev.openapiauth.lint.load.SpecLoader;
import dev.openapiauth.lint.load.UnreadableSpecException;
import dev.openapiauth.lint.model.Operation;
import dev.openapiauth.lint.model.SecurityModel;
import dev.openapiauth.lint.model.SecurityModelBuilder;
import dev.openapiauth.lint.rules.ParseError;
import dev.openapiauth.lint.rules.Rule;
import dev.openapiauth.lint.rules.RuleContext;
import dev.openapiauth.lint.rules.Rules;
import dev.openapiauth.lint.source.SourceFile;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lints descriptions: load safely, build the security model, run every rule, apply suppressions. */
public final class Linter {
    private final LintOptions options;

    public Linter(LintOptions options) {
        this.options = options;
    }

    public LintResult lint(List<Path> specs) {
        List<Finding> findings = new ArrayList<>();
        List<LoadProblem> unreadable = new ArrayList<>();
        Set<URI> files = new HashSet<>();
        int operations = 0;
        int secured = 0;
        for (Path spec : specs) {
            try {
                LoadedSpec loaded = new SpecLoader(options.load()).load(spec);
                SecurityModel model = SecurityModelBuilder.build(loaded, options.model());
                findings.addAll(check(model));
                loaded.files().stream().map(SourceFile::uri).forEach(files::add);
                operations += model.operations().size();
                secured += (int) model.securedOperations();
            } catch (UnreadableSpecException e) {
                unreadable.add(e.problem());
                LoadProblem p = e.problem();
                findings.add(new Finding(ParseError.ID, Severity.ERROR, p.message(), p.file(), p.line(), p.column(),
                        p.pointer(), null));
            }
        }
        findings.sort(Finding.ORDER);
        Summary summary = new Summary(files.size() + unreadable.size(), operations, secured,
                count(findings, Severity.ERROR), count(findings, Severity.WARNING), count(findings, Severity.INFO));
        return new LintResult(List.copyOf(findings), summary, List.copyOf(unreadable));
    }

    /** The findings for one model, after ignored rules, {@code x-openapi-auth-ignore} and severity overrides. */
    public List<Finding> check(SecurityModel model) {
        Map<String, Set<String>> ignoredByOperation = new HashMap<>();
        for (Operation operation : model.operations()) {
            ignoredByOperation.put(operation.label(), operation.ignored());
        }
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : Rules.ALL) {
            String id = rule.descriptor().id();
            if (options.ignoredRules().contains(id)) {
                continue;
            }
            RuleContext context = new RuleContext(rule.descriptor(), options.acceptRangeResponses());
            rule.check(model, context);
            Severity override = options.severities().get(id);
            for (Finding finding : context.findings()) {
                Set<String> suppressed = finding.operation() == null
                        ? Set.of() : ignoredByOperation.getOrDefault(finding.operation().label(), Set.of());
                if (!suppressed.contains(id)) {
                    findings.add(override == null ? finding : finding.withSeverity(override));
                }
            }
        }
        return findings;
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }
}
