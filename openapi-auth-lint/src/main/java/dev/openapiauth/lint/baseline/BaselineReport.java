package dev.openapiauth.lint.baseline;

import dev.openapiauth.core.source.ListNode;
import dev.openapiauth.core.source.MapNode;
import dev.openapiauth.core.source.Node;
import dev.openapiauth.core.source.ParseLimits;
import dev.openapiauth.core.source.ScalarNode;
import dev.openapiauth.core.source.SourceParseException;
import dev.openapiauth.core.source.SourceParser;
import dev.openapiauth.lint.finding.Fingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads an earlier JSON or SARIF report of ours as a {@link Baseline}. */
public final class BaselineReport {
    private BaselineReport() {
    }

    public static Baseline read(Path report) throws BaselineException {
        Node root;
        try {
            root = new SourceParser(ParseLimits.DEFAULT).parse(report.toString(), Files.readAllBytes(report)).root();
        } catch (IOException e) {
            throw new BaselineException("cannot read baseline " + report + ": " + e.getMessage(), e);
        } catch (SourceParseException e) {
            throw new BaselineException(report + ":" + e.line() + ":" + e.column() + ": " + e.getMessage(), e);
        }
        if (root instanceof MapNode map && map.get("findings") instanceof ListNode findings) {
            return fromJson(report, findings);
        }
        if (root instanceof MapNode map && map.get("runs") instanceof ListNode runs) {
            return fromSarif(report, runs);
        }
        throw new BaselineException(report + " is neither a JSON nor a SARIF report of openapi-auth");
    }

    private static Baseline fromJson(Path report, ListNode findings) throws BaselineException {
        List<BaselineEntry> entries = new ArrayList<>();
        for (Node item : findings.items()) {
            MapNode finding = map(report, item);
            entries.add(new BaselineEntry(text(report, finding, "fingerprint"), text(report, finding, "rule"),
                    text(report, finding, "severity"), text(report, finding, "message"), text(report, finding, "file"),
                    number(finding, "line"), number(finding, "column")));
        }
        return new Baseline(entries);
    }

    private static Baseline fromSarif(Path report, ListNode runs) throws BaselineException {
        List<BaselineEntry> entries = new ArrayList<>();
        for (Node run : runs.items()) {
            if (!(map(report, run).get("results") instanceof ListNode results)) {
                continue;
            }
            for (Node item : results.items()) {
                MapNode result = map(report, item);
                if (result.get("baselineState") instanceof ScalarNode state && state.text().equals("absent")) {
                    continue;
                }
                MapNode physical = at(report, result, "locations", "physicalLocation");
                MapNode region = (MapNode) physical.get("region");
                entries.add(new BaselineEntry(
                        text(report, map(report, result.get("partialFingerprints")), Fingerprint.SARIF_KEY),
                        text(report, result, "ruleId"), severity(text(report, result, "level")),
                        text(report, map(report, result.get("message")), "text"),
                        text(report, map(report, physical.get("artifactLocation")), "uri"),
                        region == null ? 0 : number(region, "startLine"), region == null ? 0 : number(region, "startColumn")));
            }
        }
        return new Baseline(entries);
    }

    private static MapNode at(Path report, MapNode result, String list, String member) throws BaselineException {
        if (result.get(list) instanceof ListNode items && !items.items().isEmpty()) {
            return map(report, map(report, items.items().get(0)).get(member));
        }
        throw new BaselineException(report + ":" + result.line() + ": result without " + list);
    }

    private static String severity(String sarifLevel) {
        return sarifLevel.equals("note") ? "info" : sarifLevel;
    }

    private static MapNode map(Path report, Node node) throws BaselineException {
        if (node instanceof MapNode map) {
            return map;
        }
        throw new BaselineException(report + (node == null ? "" : ":" + node.line()) + ": not a report of openapi-auth");
    }

    private static String text(Path report, MapNode map, String key) throws BaselineException {
        if (map.get(key) instanceof ScalarNode scalar) {
            return scalar.text();
        }
        throw new BaselineException(report + ":" + map.line() + ": '" + key + "' missing; was the report written by "
                + "openapi-auth 0.1 or later?");
    }

    private static int number(MapNode map, String key) {
        return map.get(key) instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.NUMBER
                ? Integer.parseInt(scalar.text()) : 0;
    }
}
