package dev.openapiauth.lint.finding;

import java.util.Comparator;
import java.util.function.UnaryOperator;

/**
 * One problem, located where a user must edit: the file (relative to the working directory when
 * below it), 1-based line and column, and JSON pointer in that file.
 *
 * @param operation the operation affected; null for problems outside any operation
 */
public record Finding(String rule, Severity severity, String message, String file, int line, int column,
                      String pointer, OperationRef operation) {

    /** File, then position, then rule, then operation: stable across runs and readable top to bottom. */
    public static final Comparator<Finding> ORDER = new Comparator<>() {
        @Override
        public int compare(Finding a, Finding b) {
            int order = a.file.compareTo(b.file);
            if (order == 0) {
                order = Integer.compare(a.line, b.line);
            }
            if (order == 0) {
                order = Integer.compare(a.column, b.column);
            }
            if (order == 0) {
                order = a.rule.compareTo(b.rule);
            }
            return order != 0 ? order : label(a).compareTo(label(b));
        }

        private String label(Finding finding) {
            return finding.operation == null ? "" : finding.operation.label();
        }
    };

    /** Stable across versions of the description; see {@link Fingerprint}. */
    public String fingerprint() {
        return Fingerprint.of(this);
    }

    /** Where the cause lies outside the operation (a shared component): the operation is then a related place. */
    public boolean outsideOperation() {
        return operation != null && !operation.contains(file, pointer);
    }

    /** The same finding with every file name passed through {@code rename} (a snapshot's files shown as the originals). */
    public Finding withFilesRenamed(UnaryOperator<String> rename) {
        OperationRef renamedOperation = operation == null ? null : new OperationRef(operation.method(), operation.path(),
                operation.operationId(), rename.apply(operation.file()), operation.line(), operation.column(), operation.pointer());
        return new Finding(rule, severity, message, rename.apply(file), line, column, pointer, renamedOperation);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, message, file, line, column, pointer, operation);
    }
}
