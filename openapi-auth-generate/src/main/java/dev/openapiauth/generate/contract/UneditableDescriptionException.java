package dev.openapiauth.generate.contract;

/** The description holds something other than an object where the contract must add a member. */
public final class UneditableDescriptionException extends Exception {
    public UneditableDescriptionException(String message) {
        super(message);
    }
}
