import dev.openapiauth.core.load.LoadedSpec;
import dev.openapiauth.core.model.SecurityModel;
import dev.openapiauth.core.model.SecurityModelBuilder;
import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.Linter;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The time of each phase in a warm JVM, per document: load (read and parse every file), model
 * (effective security, responses, headers) and rules (all rules on the built model). Median of 10
 * runs after a warm-up of at least 5 runs and 10 seconds: five runs leave the small rule methods
 * still interpreted or in C1, which tripled their share, and a cap of 200 runs ended the first
 * document's warm-up after 3 s, while the JIT could still be compiling on one of two cores (one jar,
 * stripe's rules share 2.3, 6.4 and 2.3 % in three runs; 2.5, 2.4 and 2.5 % without the cap). Run with
 * the CLI jar on the class path:
 * {@code java -cp openapi-auth-cli/target/openapi-auth.jar bench/Phases.java SPEC...}
 */
public final class Phases {
    private static final int MIN_WARM_UP = 5;
    private static final int MAX_WARM_UP = 5_000;
    private static final long WARM_UP_NANOS = 10_000_000_000L;
    private static final int RUNS = 10;

    public static void main(String[] args) throws Exception {
        Linter linter = new Linter(LintOptions.DEFAULT);
        System.out.println("| document | load ms | model ms | rules ms | rules share |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (String arg : args) {
            Path spec = Path.of(arg);
            long warmUpStart = System.nanoTime();
            for (int w = 0; w < MAX_WARM_UP && (w < MIN_WARM_UP || System.nanoTime() - warmUpStart < WARM_UP_NANOS); w++) {
                run(spec, linter);
            }
            double[][] runs = new double[RUNS][];
            for (int i = 0; i < RUNS; i++) {
                runs[i] = run(spec, linter);
            }
            double l = median(runs, 0);
            double m = median(runs, 1);
            double r = median(runs, 2);
            System.out.printf("| %s | %.1f | %.1f | %.1f | %.1f %% |%n", spec.getFileName(), l, m, r, 100 * r / (l + m + r));
        }
    }

    /** One lint of {@code spec}: milliseconds spent loading, building the model, and running the rules. */
    private static double[] run(Path spec, Linter linter) throws Exception {
        long t0 = System.nanoTime();
        LoadedSpec loaded = linter.load(spec);
        long t1 = System.nanoTime();
        SecurityModel built = SecurityModelBuilder.build(loaded, LintOptions.DEFAULT.model());
        long t2 = System.nanoTime();
        int findings = linter.check(built).size();
        long t3 = System.nanoTime();
        if (findings < 0) {
            throw new AssertionError("keeps the result alive");
        }
        return new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6};
    }

    private static double median(double[][] runs, int phase) {
        double[] sorted = new double[runs.length];
        for (int i = 0; i < runs.length; i++) {
            sorted[i] = runs[i][phase];
        }
        Arrays.sort(sorted);
        return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
