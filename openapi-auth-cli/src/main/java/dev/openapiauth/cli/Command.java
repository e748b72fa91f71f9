package dev.openapiauth.cli;

import java.io.IOException;
import java.io.PrintWriter;

/** A subcommand of {@code openapi-auth}: what it accepts, and running it on parsed arguments. */
interface Command {
    CommandSpec spec();

    /** Runs the command and returns its exit code; a {@link UsageException} becomes exit code 2. */
    int run(Arguments arguments, PrintWriter out, PrintWriter err) throws UsageException, IOException;
}
