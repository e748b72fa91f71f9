package dev.openapiauth.jobs;

import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.probe.ProbeLimits;
import dev.openapiauth.probe.ProbeProgress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Probing a running server against its description.
 *
 * @param baseUrl         where the description's paths are served: {@code http://127.0.0.1:8080} or
 *                        {@code http://127.0.0.1:8080/api}; nothing else is ever contacted
 * @param credentialsFile valid credentials and the rights they grant, or null to run the checks that need none
 * @param allowUnsafe     whether POST, PUT, PATCH and DELETE are also sent with valid credentials
 * @param junitReport     where to write JUnit XML (one test case per operation and check), or null
 * @param progress        told as operations are done (a terminal shows it)
 * @param serverPath      a path between the base URL and the operations' paths ({@code /v2}), {@code auto} for the
 *                        path of the description's first server (Swagger 2.0: its basePath), or null for none
 */
public record ProbeRequest(Path spec, URI baseUrl, ProbeLimits limits, LoadOptions load, FailurePolicy policy,
                           List<ReportTarget> reports, Path credentialsFile, boolean allowUnsafe, Path junitReport,
                           ProbeProgress progress, String serverPath) {
    public ProbeRequest {
        reports = List.copyOf(reports);
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme();
        if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https") || baseUrl.getHost() == null
                || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null || baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the base URL must be http://HOST[:PORT][/PATH] or https://…, without user, query "
                    + "or fragment, not '" + baseUrl + "'");
        }
        if (serverPath != null && !serverPath.equals("auto") && (!serverPath.startsWith("/") || serverPath.contains("?")
                || serverPath.contains("#") || serverPath.chars().anyMatch(c -> c <= ' '))) {
            throw new IllegalArgumentException("the server path starts with / and holds no query, fragment or space (or is 'auto'), "
                    + "not '" + serverPath + "'");
        }
        ReportTarget.requireOneOnConsole(reports);
    }
}
