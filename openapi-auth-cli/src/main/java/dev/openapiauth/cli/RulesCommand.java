package dev.openapiauth.cli;

import dev.openapiauth.lint.rules.RuleDescriptor;
import dev.openapiauth.lint.rules.Rules;
import java.io.PrintWriter;
import java.util.List;

/** {@code openapi-auth rules}: the catalogue, one rule per line with its default severity. */
final class RulesCommand implements Command {
    private static final CommandSpec SPEC = new CommandSpec("rules", "Lists the rules with their default severities.",
            List.of(), "", 0, 0, List.of());

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments arguments, PrintWriter out, PrintWriter err) {
        for (RuleDescriptor rule : Rules.descriptors()) {
            out.printf("%-38s %-8s %s%n", rule.id(), rule.defaultSeverity().label(), rule.title());
            if (!rule.severityNote().isEmpty()) {
                out.printf("%-38s %-8s (%s)%n", "", "", rule.severityNote());
            }
        }
        return 0;
    }
}
