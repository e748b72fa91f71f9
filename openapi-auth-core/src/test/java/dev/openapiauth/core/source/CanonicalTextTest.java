package dev.openapiauth.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CanonicalTextTest {
    private static String canonical(String yaml) throws SourceParseException {
        return CanonicalText.of(new SourceParser(ParseLimits.DEFAULT).parse("a.yaml", yaml.getBytes(StandardCharsets.UTF_8)).root());
    }

    @Test
    void structurallyEqualTreesGiveEqualTextWhateverTheKeyOrder() throws SourceParseException {
        assertThat(canonical("s: {b: 1, a: [x, 'y']}")).isEqualTo(canonical("s: {a: [\"x\", y], b: 1}"));
    }

    @Test
    void aQuoteOrBackslashInsideAStringCannotPassForStructure() throws SourceParseException {
        assertThat(canonical("enum: ['a\",\"b']")).isNotEqualTo(canonical("enum: ['a', 'b']"));
        assertThat(canonical("s: {'a\":1,\"b': 1}")).isNotEqualTo(canonical("s: {a: 1, b: 1}"));
        assertThat(canonical("x: 'a\\\\'")).isNotEqualTo(canonical("x: 'a\\\\\\\\'"));
    }
}
