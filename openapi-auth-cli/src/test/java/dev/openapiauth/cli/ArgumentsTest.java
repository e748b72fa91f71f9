package dev.openapiauth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
    private static final CommandSpec SPEC = new CommandSpec("demo", "A demo.",
            List.of(OptionSpec.value("--output", "DIR", "Where.").alias("-o"), OptionSpec.flag("--quiet", "Say less."),
                    OptionSpec.repeatable("--format", "FORMAT", "How.")),
            "SPEC", 1, 2, List.of("0  fine"));

    private static Arguments parse(String... args) throws UsageException {
        return Arguments.parse(SPEC, List.of(args));
    }

    @Test
    void valuesComeAfterTheNameOrAnEqualsSignAndPositionalsMayStandAnywhere() throws UsageException {
        Arguments arguments = parse("a.yaml", "--output=out", "--format", "json", "b.yaml", "--format=sarif=r.sarif", "--quiet");
        assertThat(arguments.value("--output")).isEqualTo("out");
        assertThat(arguments.values("--format")).containsExactly("json", "sarif=r.sarif");
        assertThat(arguments.flag("--quiet")).isTrue();
        assertThat(arguments.positionals()).containsExactly("a.yaml", "b.yaml");
        assertThat(parse("-o", "dir", "x").value("--output")).isEqualTo("dir");
    }

    @Test
    void doubleDashEndsTheOptions() throws UsageException {
        assertThat(parse("--", "--quiet").positionals()).containsExactly("--quiet");
        assertThat(parse("--", "--quiet").flag("--quiet")).isFalse();
    }

    @Test
    void mistakesAreUsageErrorsThatNameTheOption() {
        assertThatThrownBy(() -> parse("--colour", "x")).hasMessage("unknown option '--colour'");
        assertThatThrownBy(() -> parse("x", "--output")).hasMessage("option '--output' needs a value: DIR");
        assertThatThrownBy(() -> parse("--quiet=yes", "x")).hasMessage("option '--quiet' takes no value");
        assertThatThrownBy(() -> parse("-o", "a", "--output", "b", "x")).hasMessage("option '--output' may be given only once");
        assertThatThrownBy(() -> parse("--quiet")).hasMessage("missing SPEC");
        assertThatThrownBy(() -> parse("a", "b", "c")).hasMessage("unexpected argument 'c'");
    }

    @Test
    void helpNeedsNoPositionalsAndListsEveryOptionAndExitCode() throws UsageException {
        assertThat(parse("--help").flag("--help")).isTrue();
        assertThat(SPEC.help()).startsWith("Usage: openapi-auth demo [OPTIONS] SPEC...")
                .contains("-o, --output DIR", "--quiet", "--format FORMAT", "-h, --help", "Exit codes:", "0  fine");
    }
}
