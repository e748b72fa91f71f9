package dev.openapiauth.probe;

import dev.openapiauth.core.load.LoadedSpec;
import dev.openapiauth.core.model.Operation;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.OperationCoverage;
import dev.openapiauth.lint.finding.Unchecked;
import dev.openapiauth.probe.http.RawHttpClient;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Probes a running server for every secured operation of its description: requests go only to the
 * base URL's host and port, within the limits, one at a time. A server that cannot be reached, or a
 * budget spent before the last operation, ends the run with an error rather than a partial pass.
 */
public final class Prober {
    private final ProbeLimits limits;
    private final ProbeInputs inputs;
    private final boolean allowUnsafe;
    private final boolean asWritten;
    private final ResponseValidator validator;

    /**
     * @param inputs      valid credentials with their rights (none runs every check that needs none), and request values
     * @param allowUnsafe whether POST, PUT, PATCH and DELETE are also sent with valid credentials
     * @param asWritten   whether the description is probed as its file says (no overlay), so that the validator
     *                    reads that file; else it reads the description as the overlays made it
     * @param validator   what says whether a 401 or 403 answer is as documented, or null where there is none
     */
    public Prober(ProbeLimits limits, ProbeInputs inputs, boolean allowUnsafe, boolean asWritten, ResponseValidator validator) {
        this.limits = limits;
        this.inputs = inputs;
        this.allowUnsafe = allowUnsafe;
        this.asWritten = asWritten;
        this.validator = validator;
    }

    /** @param spec the description as loaded, {@code model} built from it */
    public ProbeResult probe(LoadedSpec spec, SecurityModel model, URI baseUrl) {
        return probe(spec, model, baseUrl, ProbeProgress.NONE);
    }

    public ProbeResult probe(LoadedSpec spec, SecurityModel model, URI baseUrl, ProbeProgress progress) {
        long start = System.nanoTime();
        String basePath = basePath(baseUrl);
        RequestBudget budget = new RequestBudget(new RawHttpClient(baseUrl, limits.timeout()), limits);
        List<Finding> findings = new ArrayList<>();
        List<ProbeResult.ProbedOperation> probed = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<OperationProbe, String> unauthorizedTypes = new LinkedHashMap<>();
        String error = null;
        List<Unchecked> unchecked = new ArrayList<>();
        ResponseValidator.Description documented = documented(spec, unchecked);
        Map<OperationProbe, Future<?>> running = new LinkedHashMap<>();
        ExecutorService workers = Executors.newFixedThreadPool(limits.concurrency());
        try {
            List<Operation> probing = new ArrayList<>();
            for (Operation operation : model.operations()) {
                String reason = skipReason(operation);
                if (reason != null) {
                    skipped.add(operation.label() + ": " + reason);
                } else {
                    probing.add(operation);
                }
            }
            AtomicInteger done = new AtomicInteger();
            for (Operation operation : probing) {
                OperationProbe probe = new OperationProbe(model, operation, basePath, budget, inputs.credentials(), inputs.valuesFor(operation),
                        allowUnsafe, documented);
                running.put(probe, workers.submit(() -> {
                    probe.run();
                    progress.operationDone(done.incrementAndGet(), probing.size(), budget.sent());
                    return null;
                }));
            }
            for (Map.Entry<OperationProbe, Future<?>> entry : running.entrySet()) {
                OperationProbe probe = entry.getKey();
                String failure = failure(entry.getValue(), probe, baseUrl, probed.size());
                if (failure != null) {
                    error = failure;
                    break;
                }
                findings.addAll(probe.findings().values());
                probed.add(new ProbeResult.ProbedOperation(probe.label(), probe.performed()));
                unchecked.addAll(probe.unchecked());
                if (!probe.unauthorized().isEmpty()) {
                    unauthorizedTypes.put(probe, AnswerShape.of(probe.unauthorized().get(0).response()));
                }
            }
        } finally {
            workers.shutdownNow();
        }
        findings.addAll(inconsistent(unauthorizedTypes));
        findings.sort(Finding.ORDER);
        List<OperationCoverage> coverage = new ArrayList<>();
        for (Operation operation : model.operations()) {
            coverage.add(OperationCoverage.of(operation));
        }
        return new ProbeResult(findings, probed, skipped, budget.sent(), Duration.ofNanos(System.nanoTime() - start), error, coverage,
                unchecked);
    }

    /** What the validator says the description documents, or null, with the reason in {@code unchecked}. */
    private ResponseValidator.Description documented(LoadedSpec spec, List<Unchecked> unchecked) {
        String check = ProbeCheck.UNDOCUMENTED_AUTH_ERROR.id();
        if (validator == null) {
            unchecked.add(new Unchecked(check, "no OpenAPI validator was found, so 401 and 403 answers were checked for framework "
                    + "default pages only (the command line loads Atlassian's validator from openapi-auth-validator.jar beside "
                    + "openapi-auth.jar)"));
            return null;
        }
        String refusal = ValidatorReach.refusal(spec);
        if (refusal != null) {
            unchecked.add(new Unchecked(check, "the description was not given to the OpenAPI validator, which would itself read "
                    + "every document the description refers to: " + refusal));
            return null;
        }
        Path overlaid = null;
        try {
            if (!asWritten) {
                overlaid = OverlaidDescription.write(spec.entry());
            }
            return validator.read(overlaid != null ? overlaid : Path.of(spec.entry().uri()));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // A library's reading of an input we accepted: whatever it throws leaves this check undone, not the run.
            unchecked.add(new Unchecked(check, "the OpenAPI validator cannot check against this description: " + e.getMessage()));
            return null;
        } finally {
            if (overlaid != null) {
                try {
                    Files.deleteIfExists(overlaid);
                } catch (IOException e) {
                    // The validator has read it; a file the JVM cannot delete now it deletes on exit.
                    overlaid.toFile().deleteOnExit();
                }
            }
        }
    }

    /** Why an operation's probe did not finish, or null when it did. */
    private static String failure(Future<?> run, OperationProbe probe, URI baseUrl, int done) {
        try {
            run.get();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while probing " + probe.label();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RequestBudget.ExhaustedException) {
                return cause.getMessage() + " while probing " + probe.label() + " (" + done + " operations done before it); "
                        + "nothing after it was checked: raise the request budget";
            }
            if (cause instanceof IOException) {
                return "cannot probe " + probe.label() + " at " + baseUrl + ": " + cause.getMessage();
            }
            return "the probe of " + probe.label() + " failed: " + cause;
        }
    }

    private static String skipReason(Operation operation) {
        if (!operation.path().startsWith("/")) {
            return "a webhook or callback, which the server calls rather than serves";
        }
        if (operation.security().isPublic()) {
            return "public";
        }
        if (operation.security().isOptional()) {
            return "authentication is optional, so an anonymous answer is allowed";
        }
        return null;
    }

    /** 401 answers whose shape (media type, top-level members) differs from the one most operations answer with. */
    private static List<Finding> inconsistent(Map<OperationProbe, String> types) {
        Map<String, Integer> uses = new LinkedHashMap<>();
        types.values().forEach(type -> uses.merge(type, 1, Integer::sum));
        String norm = null;
        for (Map.Entry<String, Integer> use : uses.entrySet()) {
            if (norm == null || use.getValue() > uses.get(norm)) {
                norm = use.getKey();
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<OperationProbe, String> type : types.entrySet()) {
            if (!type.getValue().equals(norm)) {
                Exchange first = type.getKey().unauthorized().get(0);
                findings.add(type.getKey().finding(ProbeCheck.INCONSISTENT_AUTH_ERROR, first.request().method() + " "
                        + first.request().target() + " answered 401 as " + type.getValue() + ", while " + uses.get(norm) + " of "
                        + types.size() + " operations answer it as " + norm + " — " + first.evidence()));
            }
        }
        return findings;
    }

    private static String basePath(URI baseUrl) {
        String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }
}
