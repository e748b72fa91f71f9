package org.acme.e2e;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The differential proof that the layer fails closed: requests with insufficient credentials
 * ({@link Probe}) to every form of a secured operation's path, sent over raw sockets. Each answer must
 * be the one the canonical path gets, or a framework 400/404/405; and no such request may reach a
 * controller ({@link CallRecorder}). The variant suite demands the canonical answer exactly (status and
 * challenges); the mutator's changes need not keep the path's meaning, so there the status must match.
 */
final class BypassSuites {
    private static final Set<Integer> FRAMEWORK_REFUSALS = Set.of(400, 404, 405);
    private static final int THREADS = 4;

    private final int port;
    private final String authority;

    BypassSuites(int port) {
        this.port = port;
        this.authority = "127.0.0.1:" + port;
    }

    /** What a suite sent and found. */
    record Report(int requests, Map<String, Integer> byFamily, int canonical, int refusedByFramework, List<String> failures) {
        @Override
        public String toString() {
            return requests + " requests " + byFamily + ": " + canonical + " with the canonical path's answer, "
                    + refusedByFramework + " refused by the framework (400/404/405), " + failures.size() + " failures"
                    + (failures.isEmpty() ? "" : "; first: " + failures.subList(0, Math.min(20, failures.size())));
        }
    }

    private record Job(String family, Probe probe, String method, String target, RawHttp.Answer canonical, boolean exact) {
    }

    Report variants() throws Exception {
        List<Job> jobs = new ArrayList<>();
        Tally tally = new Tally();
        for (Probe probe : Probe.insufficient()) {
            for (String method : probe.methods()) {
                RawHttp.Answer canonical = canonical(probe, method, tally);
                for (PathVariants.Variant variant : PathVariants.of(probe.pathAndQuery(), authority)) {
                    jobs.add(new Job(variant.family().name(), probe, method, variant.target(), canonical, true));
                }
            }
        }
        return run(jobs, tally, Duration.ofMinutes(5));
    }

    Report mutations(long seed, int requests, Duration limit) throws Exception {
        Tally tally = new Tally();
        List<Probe> probes = Probe.insufficient();
        Map<String, RawHttp.Answer> canonical = new TreeMap<>();
        for (Probe probe : probes) {
            for (String method : probe.methods()) {
                canonical.put(method + " " + probe.pathAndQuery() + " " + probe.credentials(), canonical(probe, method, tally));
            }
        }
        PathMutator mutator = new PathMutator(seed, authority);
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            Probe probe = probes.get(mutator.random().nextInt(probes.size()));
            String method = probe.methods().get(mutator.random().nextInt(probe.methods().size()));
            jobs.add(new Job("seed " + seed, probe, method, mutator.mutate(probe.pathAndQuery()),
                    canonical.get(method + " " + probe.pathAndQuery() + " " + probe.credentials()), false));
        }
        return run(jobs, tally, limit);
    }

    /** The canonical path's answer, which must itself refuse the request without reaching a controller. */
    private RawHttp.Answer canonical(Probe probe, String method, Tally tally) throws IOException {
        String id = CallRecorder.newProbeId();
        RawHttp.Answer answer = RawHttp.send(port, method, probe.pathAndQuery(), headers(probe, id));
        if (answer.status() < 400 || !CallRecorder.calls(id).isEmpty()) {
            tally.fail(method + " " + probe.pathAndQuery() + " [" + probe.credentials() + "] got " + answer.status()
                    + " and reached " + CallRecorder.calls(id));
        }
        return answer;
    }

    private Report run(List<Job> jobs, Tally tally, Duration limit) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (Job job : jobs) {
                pool.execute(() -> check(job, tally));
            }
            pool.shutdown();
            if (!pool.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                tally.fail("the suite did not finish within " + limit);
            }
        } finally {
            pool.shutdownNow();
        }
        return tally.report();
    }

    private void check(Job job, Tally tally) {
        String id = CallRecorder.newProbeId();
        String request = job.method() + " " + job.target() + " [" + job.probe().credentials() + "]";
        RawHttp.Answer answer;
        try {
            answer = RawHttp.send(port, job.method(), job.target(), headers(job.probe(), id));
        } catch (IOException e) {
            tally.fail(request + ": " + e);
            return;
        }
        tally.sent(job.family());
        List<String> calls = CallRecorder.calls(id);
        if (!calls.isEmpty()) {
            tally.fail(request + " reached " + calls + " with " + answer.status());
        } else if ((answer.status() == 401 || answer.status() == 403 || answer.status() >= 500)
                && !String.valueOf(answer.first("Content-Type")).startsWith("application/problem+json")) {
            tally.fail(request + " got " + answer.status() + " without a problem body (a framework's page?): " + answer.body());
        } else if (sameAnswer(answer, job.canonical(), job.exact())) {
            tally.canonical();
        } else if (FRAMEWORK_REFUSALS.contains(answer.status())) {
            tally.refused();
        } else {
            tally.fail(request + " got " + answer.status() + " " + answer.all("WWW-Authenticate") + ", the canonical path "
                    + job.canonical().status() + " " + job.canonical().all("WWW-Authenticate"));
        }
    }

    private static boolean sameAnswer(RawHttp.Answer answer, RawHttp.Answer canonical, boolean exact) {
        return answer.status() == canonical.status()
                && (!exact || new HashSet<>(answer.all("WWW-Authenticate")).equals(new HashSet<>(canonical.all("WWW-Authenticate"))));
    }

    private static List<Map.Entry<String, String>> headers(Probe probe, String id) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(probe.headers());
        headers.add(Map.entry(CallRecorder.PROBE_HEADER, id));
        return headers;
    }

    /** Counts from several threads. */
    private static final class Tally {
        private final Map<String, Integer> byFamily = new TreeMap<>();
        private final List<String> failures = new ArrayList<>();
        private int requests;
        private int canonical;
        private int refused;

        synchronized void sent(String family) {
            requests++;
            byFamily.merge(family, 1, Integer::sum);
        }

        synchronized void canonical() {
            canonical++;
        }

        synchronized void refused() {
            refused++;
        }

        synchronized void fail(String failure) {
            failures.add(failure);
        }

        synchronized Report report() {
            return new Report(requests, new TreeMap<>(byFamily), canonical, refused, List.copyOf(failures));
        }
    }
}
