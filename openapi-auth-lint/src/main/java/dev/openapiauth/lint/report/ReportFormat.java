package dev.openapiauth.lint.report;

import java.util.Locale;
import java.util.function.Supplier;

/** The output formats, by the name users give on the command line and in Maven. */
public enum ReportFormat {
    TEXT("txt", TextReporter::new),
    JSON("json", JsonReporter::new),
    SARIF("sarif", SarifReporter::new),
    GITHUB("github.txt", GithubReporter::new),
    CHECKSTYLE("checkstyle.xml", CheckstyleReporter::new),
    MARKDOWN("md", () -> new MarkdownReporter(System.getenv())),
    HTML("html", HtmlReporter::new);

    private final String extension;
    private final Supplier<Reporter> reporter;

    ReportFormat(String extension, Supplier<Reporter> reporter) {
        this.extension = extension;
        this.reporter = reporter;
    }

    public Reporter reporter() {
        return reporter.get();
    }

    /** File extension for a report of this format ({@code openapi-auth.sarif}). */
    public String extension() {
        return extension;
    }

    public static ReportFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "' (expected text, json, sarif, github, checkstyle, markdown or html)");
        }
    }
}
