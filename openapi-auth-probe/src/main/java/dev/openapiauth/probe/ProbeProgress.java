package dev.openapiauth.probe;

/** Told after each operation is probed, from the thread that probed it; a terminal shows it. */
@FunctionalInterface
public interface ProbeProgress {
    ProbeProgress NONE = (done, total, requests) -> { };

    void operationDone(int done, int total, int requests);
}
