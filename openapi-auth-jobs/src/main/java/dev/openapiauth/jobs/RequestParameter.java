package dev.openapiauth.jobs;

/**
 * A parameter of a request, named by each adapter in its users' words ({@code --since} on the command
 * line, {@code sinceRef} in a POM), so that a request can say what is wrong with it once for both.
 */
public enum RequestParameter {
    BASELINE, SINCE, FORMAT;

    /** How an adapter names the parameters of its requests. */
    public interface Names {
        String of(RequestParameter parameter);
    }
}
