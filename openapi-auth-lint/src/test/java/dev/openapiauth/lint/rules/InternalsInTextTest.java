package dev.openapiauth.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written matchers against the regular expressions they stand for, on texts built to come close. */
class InternalsInTextTest {
    private static final List<String> FRAGMENTS = List.of("at ", "at\t", "\n", " ", "com.", "acme.", "org.", "io.", "$", "sun",
            "java", "Foo", "foo", "<init>", ".", "(", ")", "Foo.java", "Bar.kt", "x.scala", "Y.groovy", ":", "42", "7",
            "Exception", "Error", "IOException", "Traceback (most recent call last)", "File \"", "\"", "app.py", "\", line ",
            ", in ", "main", "SQLSTATE", "ORA-", "12345", "6", "SELECT", "select", "FROM", "INTO", " * ", "WHERE", "SET",
            "UPDATE", "x", "_", "-", "'", "9999999999", "at com.acme.Foo.bar(", "at Foo.<init>(", "Foo.java:42)", "(Bar.kt:7)",
            "org.acme.", "TokenExpiredException", "File \"app.py\", line 3, in main", "SELECT * FROM ", "ORA-01017");

    @Test
    void everyMatcherAgreesWithItsRegularExpression() {
        check("\\bat\\s+[A-Za-z_$][\\w$]*(\\.[\\w$<>]+)+\\([\\w$]*\\.(java|kt|scala|groovy):\\d+\\)", InternalsInText::hasStackFrame);
        check("\\b(java|javax|jakarta|org|com|net|io|sun)\\.[\\w$]+(\\.[\\w$]+)*\\.[A-Z][\\w$]*(Exception|Error)\\b",
                InternalsInText::hasExceptionClass);
        check("File \"[^\"]+\", line \\d+, in \\w+", InternalsInText::hasPythonFrame);
        check("\\bORA-\\d{5}\\b", InternalsInText::hasOracleError);
        check("\\b(SELECT|INSERT|UPDATE|DELETE)\\b[^\"]{0,200}\\b(FROM|INTO|SET|WHERE)\\b", InternalsInText::hasStatement);
    }

    @Test
    void recognisesWhatServersPrint() {
        assertThat(InternalsInText.showsInternals("java.lang.IllegalStateException: no session\n\tat "
                + "com.acme.auth.TokenFilter.check(TokenFilter.java:42)")).isTrue();
        assertThat(InternalsInText.showsInternals("Traceback (most recent call last):\n  File \"app.py\", line 3, in main")).isTrue();
        assertThat(InternalsInText.showsInternals("SQLSTATE[28000]: access denied")).isTrue();
        assertThat(InternalsInText.showsInternals("ORA-01017: invalid username/password")).isTrue();
        assertThat(InternalsInText.showsInternals("SELECT * FROM users WHERE token = ?")).isTrue();
        assertThat(InternalsInText.showsInternals("Error: the access token expired at 12:00 (line 3)")).isFalse();
        assertThat(InternalsInText.showsInternals("Select a scope from the list")).isFalse();
    }

    /** 200 000 texts of 1 to 12 fragments, from a fixed seed: the matcher finds exactly what the expression finds. */
    private static void check(String regex, Predicate<String> matcher) {
        Pattern pattern = Pattern.compile(regex);
        Random random = new Random(20261202);
        int found = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int fragments = 1 + random.nextInt(12);
            for (int f = 0; f < fragments; f++) {
                text.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
            }
            boolean expected = pattern.matcher(text).find();
            assertThat(matcher.test(text.toString())).as("%s on '%s'", regex, text).isEqualTo(expected);
            found += expected ? 1 : 0;
        }
        assertThat(found).as("texts the expression finds something in: %s", regex).isGreaterThan(100);
    }
}
