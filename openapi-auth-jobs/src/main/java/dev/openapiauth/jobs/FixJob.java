package dev.openapiauth.jobs;

import dev.openapiauth.core.load.LoadProblem;
import dev.openapiauth.core.load.UnreadableSpecException;
import dev.openapiauth.fix.InPlaceFix;
import dev.openapiauth.fix.UnifiedDiff;
import dev.openapiauth.generate.contract.ContractAugmenter;
import dev.openapiauth.generate.contract.UneditableDescriptionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds the error contract each description lacks (401, 403, the challenge header) to its own files,
 * reusing what it has; every other byte stays. A description that cannot be fixed safely is left
 * untouched and said why; the others are still fixed.
 */
public final class FixJob {

    /**
     * One file a fix changes.
     *
     * @param file         as users see it (relative to the working directory when below it)
     * @param linesAdded   lines the fix adds
     * @param linesChanged lines it changes (a flow mapping or one-line object that grows on its line)
     * @param diff         the unified diff, {@code a/FILE} to {@code b/FILE}
     */
    public record ChangedFile(String file, Path path, int linesAdded, int linesChanged, List<String> diff) {
    }

    /**
     * What happened to one description.
     *
     * @param changed  the files changed (or, in a dry run, that would be)
     * @param notes    what was reused and what was added
     * @param problems references that could not be followed (their targets are not fixed)
     * @param error    why nothing was written, or null
     */
    public record SpecOutcome(Path spec, List<ChangedFile> changed, List<String> notes, List<LoadProblem> problems, String error) {
    }

    public record Outcome(List<SpecOutcome> specs) {
        public boolean failed() {
            for (SpecOutcome spec : specs) {
                if (spec.error() != null) {
                    return true;
                }
            }
            return false;
        }
    }

    public Outcome run(FixRequest request) throws IOException {
        ContractAugmenter planner = new ContractAugmenter(new ContractAugmenter.Options(request.realm(), request.load(),
                request.includeCallbacksAndWebhooks(), false));
        InPlaceFix fix = new InPlaceFix(request.load().limits());
        List<SpecOutcome> outcomes = new ArrayList<>();
        for (Path spec : request.specs()) {
            outcomes.add(fix(spec, planner, fix, request.dryRun()));
        }
        return new Outcome(outcomes);
    }

    private static SpecOutcome fix(Path spec, ContractAugmenter planner, InPlaceFix fix, boolean dryRun) throws IOException {
        ContractAugmenter.Plan plan;
        List<InPlaceFix.FileFix> fixes;
        try {
            plan = planner.plan(spec);
            fixes = fix.of(plan);
        } catch (UnreadableSpecException e) {
            return new SpecOutcome(spec, List.of(), List.of(), List.of(), "cannot read " + e.getMessage());
        } catch (UneditableDescriptionException e) {
            return new SpecOutcome(spec, List.of(), List.of(), List.of(), e.getMessage());
        }
        List<ChangedFile> changed = new ArrayList<>();
        for (InPlaceFix.FileFix file : fixes) {
            int[] counts = UnifiedDiff.counts(file.original(), file.fixed());
            String name = file.source().displayName();
            changed.add(new ChangedFile(name, file.path(), counts[0] - counts[1], counts[1],
                    UnifiedDiff.of(name, file.original(), file.fixed())));
        }
        if (!dryRun) {
            for (InPlaceFix.FileFix file : fixes) {
                Files.write(file.path(), file.fixed().getBytes(StandardCharsets.UTF_8));
            }
        }
        return new SpecOutcome(spec, changed, plan.notes(), plan.problems(), null);
    }
}
