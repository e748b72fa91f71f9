package dev.openapiauth.lint.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's identity across versions of a description: rule, operation and the place relative to the
 * operation, never line numbers, so reformatting, moving lines, reordering members or renaming another
 * operation's path leaves it unchanged.
 */
public final class Fingerprint {
    /** The key of our fingerprint in SARIF {@code partialFingerprints}; the suffix versions the recipe. */
    public static final String SARIF_KEY = "openapiAuth/v1";

    private Fingerprint() {
    }

    public static String of(Finding finding) {
        return sha256(finding.rule() + '\n' + subject(finding));
    }

    /**
     * Inside an operation: the operation and the pointer below it. Outside it (a shared component the
     * operation uses): the operation and the component's pointer. No operation (a file that cannot be
     * read): the file and the message.
     */
    private static String subject(Finding finding) {
        OperationRef operation = finding.operation();
        if (operation == null) {
            return finding.file() + '\n' + finding.message();
        }
        String anchor = operation.contains(finding.file(), finding.pointer())
                ? "~" + finding.pointer().substring(operation.pointer().length())
                : finding.pointer();
        return operation.identity() + '\n' + anchor;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
