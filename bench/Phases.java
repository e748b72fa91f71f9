import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.Linter;
import dev.openapiauth.lint.load.LoadedSpec;
import dev.openapiauth.lint.load.SpecLoader;
import dev.openapiauth.lint.model.SecurityModel;
import dev.openapiauth.lint.model.SecurityModelBuilder;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The time of each phase in a warm JVM, per document: load (read and parse every file), model
 * (effective security, responses, headers) and rules (all rules on the built model). Median of 10
 * runs after 5 warm-up runs. Run with the CLI jar on the class path:
 * {@code java -cp openapi-auth-cli/target/openapi-auth.jar bench/Phases.java SPEC...}
 */
public final class Phases {
    private static final int WARM_UP = 5;
    private static final int RUNS = 10;

    public static void main(String[] args) throws Exception {
        LintOptions options = LintOptions.DEFAULT;
        Linter linter = new Linter(options);
        System.out.println("| document | load ms | model ms | rules ms | rules share |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (String arg : args) {
            Path spec = Path.of(arg);
            double[] load = new double[RUNS];
            double[] model = new double[RUNS];
            double[] rules = new double[RUNS];
            for (int i = -WARM_UP; i < RUNS; i++) {
                long t0 = System.nanoTime();
                LoadedSpec loaded = new SpecLoader(options.load()).load(spec);
                long t1 = System.nanoTime();
                SecurityModel built = SecurityModelBuilder.build(loaded, options.model());
                long t2 = System.nanoTime();
                int findings = linter.check(built).size();
                long t3 = System.nanoTime();
                if (i >= 0) {
                    load[i] = (t1 - t0) / 1e6;
                    model[i] = (t2 - t1) / 1e6;
                    rules[i] = (t3 - t2) / 1e6;
                }
                if (findings < 0) {
                    throw new AssertionError("keeps the result alive");
                }
            }
            double l = median(load);
            double m = median(model);
            double r = median(rules);
            System.out.printf("| %s | %.1f | %.1f | %.1f | %.1f %% |%n", spec.getFileName(), l, m, r, 100 * r / (l + m + r));
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
