package dev.openapiauth.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DisplayNamesTest {

    @Test
    void showsFilesBelowTheWorkingDirectoryRelative() {
        assertThat(DisplayNames.of(Path.of("").toAbsolutePath().resolve("specs/api.yaml"))).isEqualTo("specs/api.yaml");
    }

    @Test
    void showsOtherFilesAbsoluteAndRemoteDocumentsAsUrls() {
        Path outside = Path.of("").toAbsolutePath().getRoot().resolve("elsewhere/api.yaml");
        assertThat(DisplayNames.of(outside)).isEqualTo(outside.toString());
        assertThat(DisplayNames.of(URI.create("https://example.com/api.yaml"))).isEqualTo("https://example.com/api.yaml");
    }
}
