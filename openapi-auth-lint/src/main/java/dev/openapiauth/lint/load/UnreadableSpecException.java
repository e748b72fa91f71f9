package dev.openapiauth.lint.load;

/** The entry document itself cannot be read as OpenAPI: nothing can be linted. */
public final class UnreadableSpecException extends Exception {
    private final LoadProblem problem;

    public UnreadableSpecException(LoadProblem problem) {
        super(problem.file() + ":" + problem.line() + ":" + problem.column() + ": " + problem.message());
        this.problem = problem;
    }

    public LoadProblem problem() {
        return problem;
    }
}
