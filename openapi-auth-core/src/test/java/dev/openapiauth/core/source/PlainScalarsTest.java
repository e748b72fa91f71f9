package dev.openapiauth.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PlainScalarsTest {
    /** The regular expressions the reader used before, as the oracle. */
    private static final Pattern INT = Pattern.compile("[-+]?(0|[1-9][0-9_]*|0x[0-9a-fA-F_]+|0o?[0-7_]+)");
    private static final Pattern FLOAT =
            Pattern.compile("[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    @Test
    void agreesWithYaml11sRegularExpressionsOnEveryShortText() {
        char[] alphabet = "019x8oeE._+-aF".toCharArray();
        List<String> texts = new ArrayList<>(List.of(".inf", "-.inf", "+.Inf", ".INF", ".nan", ".NaN", ".NAN", "-.nan",
                ".infx", "0x", "0o", "0b1", "1e", "1e+", "1.5e-3", "12_345.6_7", "0x1F_a", "0o17", "007", "08", "1_000"));
        generate("", alphabet, 5, texts);
        int numbers = 0;
        for (String text : texts) {
            boolean expected = INT.matcher(text).matches() || FLOAT.matcher(text).matches();
            assertThat(PlainScalars.isNumber(text)).as("'%s'", text).isEqualTo(expected);
            numbers += expected ? 1 : 0;
        }
        assertThat(numbers).as("texts that are numbers").isGreaterThan(1000);
    }

    private static void generate(String prefix, char[] alphabet, int length, List<String> into) {
        into.add(prefix);
        if (prefix.length() == length) {
            return;
        }
        for (char c : alphabet) {
            generate(prefix + c, alphabet, length, into);
        }
    }
}
