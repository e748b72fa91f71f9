package org.acme.e2e;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the sample controllers record of every call that reached them, by the request's
 * {@value #PROBE_HEADER} header: the bypass suites fail when a request without sufficient
 * credentials shows up here.
 */
public final class CallRecorder {
    public static final String PROBE_HEADER = "X-Probe-Id";
    private static final Map<String, List<String>> CALLS = new ConcurrentHashMap<>();
    private static final AtomicLong IDS = new AtomicLong();

    private CallRecorder() {
    }

    /** A probe id no other request of this JVM carries (several servers may run one after another in it). */
    public static String newProbeId() {
        return "probe-" + IDS.incrementAndGet();
    }

    /** Called by the controllers; requests without a probe id (the matrix) are not recorded. */
    public static void record(String probeId, String operation) {
        if (probeId != null) {
            CALLS.computeIfAbsent(probeId, id -> new CopyOnWriteArrayList<>()).add(operation);
        }
    }

    /** The operations a probe reached; empty when it reached none. */
    public static List<String> calls(String probeId) {
        return CALLS.getOrDefault(probeId, List.of());
    }
}
