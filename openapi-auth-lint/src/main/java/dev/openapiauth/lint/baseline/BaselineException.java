package dev.openapiauth.lint.baseline;

/** A baseline that cannot be used: not a report of ours, unreadable, or a revision git does not know. */
public final class BaselineException extends Exception {
    public BaselineException(String message) {
        super(message);
    }

    public BaselineException(String message, Throwable cause) {
        super(message, cause);
    }
}
