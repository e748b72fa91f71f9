package dev.openapiauth.core.load;

/** A reference the policy refuses, or a referenced document that cannot be read. */
final class RefRefusedException extends Exception {
    RefRefusedException(String message) {
        super(message);
    }
}
