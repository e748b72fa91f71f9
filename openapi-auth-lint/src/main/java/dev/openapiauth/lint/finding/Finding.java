package dev.openapiauth.lint.finding;

import java.util.Comparator;

/**
 * One problem, located where a user must edit: the file (relative to the working directory when
 * below it), 1-based line and column, and JSON pointer in that file.
 *
 * @param operation the operation affected; null for problems outside any operation
 */
public record Finding(String rule, Severity severity, String message, String file, int line, int column,
                      String pointer, OperationRef operation) {

    /** File, then position, then rule, then operation: stable across runs and readable top to bottom. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.operation() == null ? "" : f.operation().label());

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, message, file, line, column, pointer, operation);
    }
}
