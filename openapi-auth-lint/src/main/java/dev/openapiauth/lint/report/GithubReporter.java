package dev.openapiauth.lint.report;

import dev.openapiauth.lint.LintResult;
import dev.openapiauth.lint.finding.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…,title=…::message}), which the
 * runner turns into annotations on the changed lines. With a baseline, only new findings.
 */
final class GithubReporter implements Reporter {

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        for (Finding f : result.gatingFindings()) {
            out.write("::" + command(f) + " file=" + property(f.file()) + ",line=" + f.line() + ",col=" + f.column()
                    + ",title=" + property("openapi-auth " + f.rule()) + "::" + data(message(f)));
            out.write("\n");
        }
        out.flush();
    }

    private static String command(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    private static String message(Finding f) {
        return f.message() + (f.operation() == null ? "" : " [" + f.operation().label() + "]");
    }

    /** GitHub's escaping of a command's message: {@code %}, CR and LF. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value also escapes {@code :} and {@code ,}, which delimit properties. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
