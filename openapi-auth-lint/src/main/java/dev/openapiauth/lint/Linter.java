package dev.openapiauth.lint;

import dev.openapiauth.core.load.LoadProblem;
import dev.openapiauth.core.load.LoadedSpec;
import dev.openapiauth.core.load.SpecLoader;
import dev.openapiauth.core.load.UnreadableSpecException;
import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.core.model.SecurityModelBuilder;
import dev.openapiauth.core.model.UnreadSubtrees;
import dev.openapiauth.core.source.SourceFile;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.OperationCoverage;
import dev.openapiauth.lint.finding.Severity;
import dev.openapiauth.lint.rules.ParseError;
import dev.openapiauth.lint.rules.Rule;
import dev.openapiauth.lint.rules.RuleRun;
import dev.openapiauth.lint.rules.Rules;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Lints descriptions: load safely, build the security model, run every rule, apply suppressions. */
public final class Linter {
    private final LintOptions options;

    public Linter(LintOptions options) {
        this.options = options;
    }

    /** Lints every spec, several at once when there are several; the result does not depend on the order of work. */
    public LintResult lint(List<Path> specs) {
        // One spec, the usual case, without a stream (see ColdStartClassesTest).
        List<Outcome> outcomes = specs.size() == 1 ? List.of(lintOne(specs.get(0))) : specs.parallelStream().map(this::lintOne).toList();
        List<Finding> findings = new ArrayList<>();
        List<LoadProblem> unreadable = new ArrayList<>();
        List<OperationCoverage> coverage = new ArrayList<>();
        Set<URI> sources = new LinkedHashSet<>();
        int operations = 0;
        int secured = 0;
        for (Outcome outcome : outcomes) {
            findings.addAll(outcome.findings());
            sources.addAll(outcome.sources());
            operations += outcome.coverage().size();
            coverage.addAll(outcome.coverage());
            secured += outcome.secured();
            if (outcome.unreadable() != null) {
                unreadable.add(outcome.unreadable());
            }
        }
        findings.sort(Finding.ORDER);
        Summary summary = new Summary(sources.size(), operations, secured, 0, 0, 0).countingOnly(findings);
        return new LintResult(List.copyOf(findings), summary, List.copyOf(unreadable), List.copyOf(sources), coverage, null, List.of(), List.of());
    }

    /** What linting one entry document gave. */
    private record Outcome(List<Finding> findings, List<URI> sources, List<OperationCoverage> coverage, int secured,
                           LoadProblem unreadable) {
    }

    /** Reads a description the way a lint does: the parts no rule reads are only skimmed (see {@link UnreadSubtrees}). */
    public LoadedSpec load(Path spec) throws UnreadableSpecException {
        return new SpecLoader(options.load(), UnreadSubtrees.INSTANCE).load(spec);
    }

    private Outcome lintOne(Path spec) {
        try {
            LoadedSpec loaded = load(spec);
            SecurityModel model = SecurityModelBuilder.build(loaded, options.model());
            List<Finding> findings = check(model);
            List<URI> sources = new ArrayList<>();
            for (SourceFile file : loaded.files()) {
                sources.add(file.uri());
            }
            List<OperationCoverage> coverage = new ArrayList<>(model.operations().size());
            for (Operation operation : model.operations()) {
                coverage.add(OperationCoverage.of(operation));
            }
            return new Outcome(findings, sources, coverage, (int) model.securedOperations(), null);
        } catch (OutOfMemoryError e) {
            // Skimmed parts are built when a rule first reads them, so the heap can run out after loading too.
            return unreadable(spec, UnreadableSpecException.heapExhausted(spec, spec.toFile().length()).problem());
        } catch (UnreadableSpecException e) {
            return unreadable(spec, e.problem());
        }
    }

    /**
     * An entry document that could not be read: its parse-error finding follows --ignore and --severity
     * like any other, but the problem itself stays in the result, so the run still ends as a tool error.
     */
    private Outcome unreadable(Path spec, LoadProblem p) {
        List<Finding> findings = new ArrayList<>(1);
        if (!options.ignoredRules().contains(ParseError.ID)) {
            Severity override = options.severities().get(ParseError.ID);
            findings.add(new Finding(ParseError.ID, override == null ? Severity.ERROR : override, p.message(), p.file(), p.line(),
                    p.column(), p.pointer(), null));
        }
        return new Outcome(findings, List.of(spec.toAbsolutePath().normalize().toUri()), List.of(), 0, p);
    }

    /** The findings for one model, after ignored rules, {@code x-openapi-auth-ignore} and severity overrides. */
    public List<Finding> check(SecurityModel model) {
        List<Rule> enabled = new ArrayList<>(Rules.ALL.size());
        for (Rule rule : Rules.ALL) {
            if (!options.ignoredRules().contains(rule.descriptor().id())) {
                enabled.add(rule);
            }
        }
        List<Finding> found = RuleRun.check(model, enabled, options.acceptRangeResponses());
        if (options.severities().isEmpty()) {
            return found;
        }
        List<Finding> findings = new ArrayList<>(found.size());
        for (Finding finding : found) {
            Severity override = options.severities().get(finding.rule());
            findings.add(override == null ? finding : finding.withSeverity(override));
        }
        return findings;
    }
}
