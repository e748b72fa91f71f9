package dev.openapiauth.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.openapiauth.lint.report.Provenance;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A probe without a validator, against a real server on 127.0.0.1: its JUnit and HTML reports show the
 * check it could not judge as not checked, never as passed, and the default page it found as failed.
 */
class ProbeReportsTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final TestServer server = Answers.documented401Server();

    private ProbeResult probeWithoutAValidator() throws Exception {
        Path spec = Files.writeString(dir.resolve("shop.yaml"), Answers.DOCUMENTED_401_SPEC);
        Loaded loaded = Loaded.of(spec);
        return new Prober(new ProbeLimits(1000, Duration.ofSeconds(5), 0, 1), ProbeInputs.NONE, false, true, null).probe(loaded.spec(), loaded.model(),
                server.baseUrl());
    }

    @Test
    void junitSkipsTheCheckNoValidatorJudgedAndFailsTheDefaultPage() throws Exception {
        StringWriter xml = new StringWriter();
        JunitReport.write(probeWithoutAValidator(), Instant.parse("2026-12-04T12:00:00Z"), xml);

        Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml.toString())))
                .getDocumentElement();
        List<String> cases = new ArrayList<>();
        NodeList all = suite.getElementsByTagName("testcase");
        for (int i = 0; i < all.getLength(); i++) {
            Element testCase = (Element) all.item(i);
            String outcome = testCase.getElementsByTagName("failure").getLength() > 0 ? "failed"
                    : testCase.getElementsByTagName("skipped").getLength() > 0
                            ? "skipped: " + ((Element) testCase.getElementsByTagName("skipped").item(0)).getAttribute("message") : "passed";
            if (testCase.getAttribute("name").equals("probe-undocumented-auth-error")) {
                cases.add(testCase.getAttribute("classname") + " " + outcome);
            }
        }
        assertThat(cases).containsExactlyInAnyOrder("GET /default-page failed",
                "openapi-auth probe skipped: no OpenAPI validator was found, so 401 and 403 answers were checked for framework "
                        + "default pages only (the command line loads Atlassian's validator from openapi-auth-validator.jar beside "
                        + "openapi-auth.jar)");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(all.getLength()));
    }

    @Test
    void htmlSaysWhatWasNotChecked() throws Exception {
        StringWriter html = new StringWriter();
        ProbeHtmlReport.write(probeWithoutAValidator(), new Provenance(Instant.parse("2026-12-04T12:00:00Z"), null), html);

        assertThat(html.toString()).contains("<ul class=\"warning\" id=\"unchecked\"><li>Not checked: probe-undocumented-auth-error: "
                + "no OpenAPI validator was found");
    }
}
