package dev.openapiauth.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The corpus manifest: one row per entry document, with counts computed by an independent script. */
public final class Manifest {
    /** One entry document and the counts the manifest gives for it. */
    public record Entry(String file, int operations, int secured, int optional, int with401, int withWwwAuthenticate, int with403) {
    }

    private Manifest() {
    }

    public static List<Entry> read(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv);
        List<String> columns = Arrays.asList(lines.get(0).split("\t", -1));
        List<Entry> entries = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            entries.add(new Entry(cells[columns.indexOf("file")],
                    number(cells, columns, "operations"),
                    number(cells, columns, "operations_with_effective_security"),
                    number(cells, columns, "secured_ops_optional_auth"),
                    number(cells, columns, "secured_ops_with_401"),
                    number(cells, columns, "secured_ops_401_with_WWW-Authenticate_header"),
                    number(cells, columns, "secured_ops_with_403")));
        }
        return entries;
    }

    private static int number(String[] cells, List<String> columns, String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalStateException("MANIFEST.tsv has no column " + column);
        }
        return Integer.parseInt(cells[index].trim());
    }
}
