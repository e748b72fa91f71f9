package dev.openapiauth.lint.finding;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A finding's identity across versions of a description: rule, operation and the place relative to the
 * operation, never line numbers, so reformatting, moving lines, reordering members or renaming another
 * operation's path leaves it unchanged.
 */
public final class Fingerprint {
    /** The key of our fingerprint in SARIF {@code partialFingerprints}; the suffix versions the recipe. */
    public static final String SARIF_KEY = "openapiAuth/v2";

    private Fingerprint() {
    }

    /**
     * 64 bits from two CRCs of different polynomials over the rule and subject. A fingerprint only has
     * to be stable and tell the findings of one description apart (10 000 findings collide with a
     * chance of about 3 in 10^12); SHA-256's provider set-up and interpreted rounds cost a cold run
     * with hundreds of findings more than its lint.
     */
    public static String of(Finding finding) {
        byte[] text = (finding.rule() + '\n' + subject(finding)).getBytes(StandardCharsets.UTF_8);
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(text);
        CRC32 ieee = new CRC32();
        ieee.update(text);
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits((int) castagnoli.getValue()) + hex.toHexDigits((int) ieee.getValue());
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
}
