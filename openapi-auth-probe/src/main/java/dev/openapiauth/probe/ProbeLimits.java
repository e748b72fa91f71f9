package dev.openapiauth.probe;

import java.time.Duration;

/**
 * What a probe may send: at most {@code maxRequests} requests, each answered within {@code timeout},
 * no more than {@code requestsPerSecond} of them a second (0: as fast as the server answers), from
 * {@code concurrency} operations probed at once.
 */
public record ProbeLimits(int maxRequests, Duration timeout, double requestsPerSecond, int concurrency) {
    public static final ProbeLimits DEFAULT = new ProbeLimits(10_000, Duration.ofSeconds(10), 100, 4);

    public ProbeLimits {
        if (maxRequests < 1) {
            throw new IllegalArgumentException("the request budget must be at least 1, not " + maxRequests);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive, not " + timeout);
        }
        if (concurrency < 1 || concurrency > 64) {
            throw new IllegalArgumentException("the concurrency must be between 1 and 64, not " + concurrency);
        }
        if (requestsPerSecond < 0) {
            throw new IllegalArgumentException("the rate must not be negative: " + requestsPerSecond);
        }
    }
}
