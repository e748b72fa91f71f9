package dev.openapiauth.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChallengesTest {

    @Test
    void readsEveryChallengeOfAHeaderValue() {
        assertThat(Challenges.authSchemes("Bearer realm=\"api\", Basic realm=\"a, b\", charset=\"UTF-8\""))
                .containsExactly("Bearer", "Basic");
        assertThat(Challenges.authSchemes("Bearer realm=\"x\", error=\"invalid_token\", ApiKey realm=\"x\""))
                .containsExactly("Bearer", "ApiKey");
        assertThat(Challenges.authSchemes("Negotiate, NTLM")).containsExactly("Negotiate", "NTLM");
        assertThat(Challenges.authSchemes("Newauth abc123==")).containsExactly("Newauth");
    }

    @Test
    void findsNoChallengeInTextThatIsNotOne() {
        assertThat(Challenges.authSchemes("")).isEmpty();
        assertThat(Challenges.authSchemes("realm=\"x\"")).isEmpty();
        assertThat(Challenges.authSchemes("\"quoted\"")).isEmpty();
    }
}
