package dev.openapiauth.lint.report;

import dev.openapiauth.lint.rules.RuleDescriptor;
import dev.openapiauth.lint.rules.Rules;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The output formats, by the name users give on the command line and in Maven. */
public enum ReportFormat {
    TEXT("txt"),
    JSON("json"),
    SARIF("sarif"),
    GITHUB("github.txt"),
    CHECKSTYLE("checkstyle.xml"),
    MARKDOWN("md"),
    HTML("html"),
    RDJSON("rdjson");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** A reporter for a report made now, outside any git checkout as far as it knows. */
    public Reporter reporter() {
        return reporter(new Provenance(Instant.now(), null));
    }

    public Reporter reporter(Provenance provenance) {
        return reporter(provenance, Rules.descriptors());
    }

    /** A reporter whose findings come from another catalogue than the lint's (the probe's checks). */
    public Reporter reporter(Provenance provenance, List<RuleDescriptor> catalogue) {
        // A switch, not a Supplier per constant: the lint path links no lambda (ColdStartClassesTest).
        return switch (this) {
            case TEXT -> new TextReporter();
            case JSON -> new JsonReporter();
            case SARIF -> new SarifReporter(catalogue);
            case GITHUB -> new GithubReporter();
            case CHECKSTYLE -> new CheckstyleReporter();
            case MARKDOWN -> new MarkdownReporter(System.getenv());
            case HTML -> new HtmlReporter(provenance, System.getenv());
            case RDJSON -> new RdjsonReporter();
        };
    }

    /** Whether reports of this format carry each finding's fix, so that a lint must work it out. */
    public boolean carriesFixes() {
        return this == SARIF || this == RDJSON;
    }

    /** File extension for a report of this format ({@code openapi-auth.sarif}). */
    public String extension() {
        return extension;
    }

    public static ReportFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "' (expected text, json, sarif, github, checkstyle, markdown, html or rdjson)");
        }
    }
}
