package dev.openapiauth.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --output} file, created (with its folders) only when a report is written to it. */
final class OutputFile extends Writer {
    private final Path file;
    private Writer writer;

    OutputFile(Path file) {
        this.file = file;
    }

    @Override
    public void write(char[] characters, int offset, int length) throws IOException {
        if (writer == null) {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }
        writer.write(characters, offset, length);
    }

    @Override
    public void flush() throws IOException {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }
}
