package dev.openapiauth.cli;

import dev.openapiauth.lint.rules.RuleDescriptor;
import dev.openapiauth.lint.rules.Rules;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code openapi-auth rules}: the catalogue, one rule per line with its default severity. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists the rules with their default severities.")
final class RulesCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        for (RuleDescriptor rule : Rules.descriptors()) {
            out.printf("%-38s %-8s %s%n", rule.id(), rule.defaultSeverity().label(), rule.title());
            if (!rule.severityNote().isEmpty()) {
                out.printf("%-38s %-8s (%s)%n", "", "", rule.severityNote());
            }
        }
        out.flush();
    }
}
