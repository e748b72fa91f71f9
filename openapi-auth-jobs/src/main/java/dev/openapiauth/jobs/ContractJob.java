package dev.openapiauth.jobs;

import dev.openapiauth.core.load.LoadProblem;
import dev.openapiauth.core.load.UnreadableSpecException;
import dev.openapiauth.generate.contract.Addition;
import dev.openapiauth.generate.contract.ContractAugmenter;
import dev.openapiauth.generate.contract.UneditableDescriptionException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line's generate step: the augmented description only (the auth layer comes from {@link GenerateJob}). */
public final class ContractJob {

    /**
     * @param written   every file written
     * @param additions the members added, each as {@code file#pointer}
     * @param notes     what was reused and what was added
     * @param problems  referenced documents that could not be read, so were not copied
     */
    public record Outcome(List<Path> written, List<String> additions, List<String> notes, List<LoadProblem> problems) {
    }

    public Outcome run(ContractRequest request) throws UnreadableSpecException, UneditableDescriptionException, IOException {
        ContractAugmenter.Result result = new ContractAugmenter(new ContractAugmenter.Options(request.realm(), request.load(),
                request.includeCallbacksAndWebhooks(), true)).augment(request.inputSpec(), request.output());
        List<String> additions = new ArrayList<>();
        for (Addition addition : result.additions()) {
            additions.add(addition.file() + "#" + addition.pointer());
        }
        return new Outcome(result.written(), additions, result.notes(), result.problems());
    }
}
