package dev.openapiauth.core.load;

/** The entry document itself cannot be read as OpenAPI: nothing can be linted. */
public final class UnreadableSpecException extends Exception {
    private final LoadProblem problem;

    public UnreadableSpecException(LoadProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    /** The heap ran out while reading {@code spec}: said with what to do, instead of an OutOfMemoryError. */
    public static UnreadableSpecException heapExhausted(java.nio.file.Path spec, long bytes) {
        return new UnreadableSpecException(new LoadProblem(DisplayNames.of(spec), 1, 1, "", heapMessage(bytes)));
    }

    static String heapMessage(long bytes) {
        return "document of " + bytes + " bytes is too large for the heap of " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB; give the JVM more memory (-Xmx, for example in MAVEN_OPTS or JAVA_OPTS)";
    }

    public LoadProblem problem() {
        return problem;
    }
}
