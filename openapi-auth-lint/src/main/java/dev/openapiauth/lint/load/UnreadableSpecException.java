package dev.openapiauth.lint.load;

/** The entry document itself cannot be read as OpenAPI: nothing can be linted. */
public final class UnreadableSpecException extends Exception {
    private final LoadProblem problem;

    public UnreadableSpecException(LoadProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public LoadProblem problem() {
        return problem;
    }
}
