package dev.openapiauth.probe;

import dev.openapiauth.probe.http.RawHttpClient;
import dev.openapiauth.probe.http.RawRequest;
import dev.openapiauth.probe.http.RawResponse;
import java.io.IOException;

/**
 * Sends requests within the limits: it counts them, spaces them to the rate, and refuses the one over
 * budget; operations probed at once share it.
 */
final class RequestBudget {
    /** The budget is spent: the probe stops, and says it did not check everything. */
    static final class ExhaustedException extends Exception {
        ExhaustedException(int budget) {
            super("the request budget of " + budget + " requests is spent");
        }
    }

    private final RawHttpClient client;
    private final ProbeLimits limits;
    private final long intervalNanos;
    private long nextAllowed = System.nanoTime();
    private int sent;

    RequestBudget(RawHttpClient client, ProbeLimits limits) {
        this.client = client;
        this.limits = limits;
        this.intervalNanos = limits.requestsPerSecond() == 0 ? 0 : (long) (1_000_000_000L / limits.requestsPerSecond());
    }

    RawResponse send(RawRequest request) throws IOException, ExhaustedException {
        long wait;
        synchronized (this) {
            if (sent == limits.maxRequests()) {
                throw new ExhaustedException(limits.maxRequests());
            }
            sent++;
            long now = System.nanoTime();
            wait = nextAllowed - now;
            nextAllowed = Math.max(nextAllowed, now) + intervalNanos;
        }
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        return client.send(request);
    }

    synchronized int sent() {
        return sent;
    }
}
