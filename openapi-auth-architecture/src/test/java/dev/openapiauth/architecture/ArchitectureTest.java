package dev.openapiauth.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.openapiauth.core.load.LoadOptions;
import dev.openapiauth.core.load.LoadProblem;
import dev.openapiauth.core.load.UnreadableSpecException;
import dev.openapiauth.generate.Flavour;
import dev.openapiauth.generate.contract.UneditableDescriptionException;
import dev.openapiauth.lint.LintOptions;
import dev.openapiauth.lint.ToolVersion;
import dev.openapiauth.lint.baseline.BaselineException;
import dev.openapiauth.lint.finding.Finding;
import dev.openapiauth.lint.finding.Severity;
import dev.openapiauth.lint.finding.Unchecked;
import dev.openapiauth.lint.report.ReportFiles;
import dev.openapiauth.lint.report.ReportFormat;
import dev.openapiauth.lint.report.TextLines;
import dev.openapiauth.lint.rules.RuleDescriptor;
import dev.openapiauth.lint.rules.Rules;
import dev.openapiauth.probe.CredentialsFile;
import dev.openapiauth.probe.ProbeLimits;
import dev.openapiauth.probe.ProbeProgress;
import dev.openapiauth.probe.ProbeResult;

/** The layering of ARCHITECTURE.md, checked on the compiled classes of every module (tests excluded). */
@AnalyzeClasses(packages = "dev.openapiauth", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Every package is a slice; a cycle between any two of them, across modules too, fails. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.openapiauth.(**)").should().beFreeOfCycles();

    /**
     * The modules' order: core, then lint and generation beside each other, the in-place fix above
     * generation and the probe above the lint (whose findings and reports it uses), then the jobs, then the two adapters. Maven refuses cycles between modules; this also refuses a dependency that skips the
     * order, such as generation code that lints or the lint that renders.
     */
    @ArchTest
    static final ArchRule modulesDependDownwardsOnly = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("core").definedBy("dev.openapiauth.core..")
            .layer("lint").definedBy("dev.openapiauth.lint..")
            .layer("generate").definedBy("dev.openapiauth.generate..")
            .layer("fix").definedBy("dev.openapiauth.fix..")
            .layer("probe").definedBy("dev.openapiauth.probe..")
            .layer("jobs").definedBy("dev.openapiauth.jobs..")
            .layer("cli").definedBy("dev.openapiauth.cli..")
            .layer("maven").definedBy("dev.openapiauth.maven..")
            .whereLayer("maven").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("jobs").mayOnlyBeAccessedByLayers("cli", "maven")
            .whereLayer("fix").mayOnlyBeAccessedByLayers("jobs", "cli", "maven")
            .whereLayer("probe").mayOnlyBeAccessedByLayers("jobs", "cli", "maven")
            .whereLayer("generate").mayOnlyBeAccessedByLayers("fix", "jobs", "cli", "maven")
            .whereLayer("lint").mayOnlyBeAccessedByLayers("probe", "jobs", "cli", "maven")
            .whereLayer("core").mayOnlyBeAccessedByLayers("lint", "generate", "fix", "probe", "jobs", "cli", "maven");

    /**
     * Only the validator module knows Atlassian's validator, and nothing refers to that module but its service
     * registration: the command-line jar probes without it, and loads it from the jar beside it when it is there.
     */
    @ArchTest
    static final ArchRule onlyTheValidatorModuleKnowsTheValidator = noClasses()
            .that().resideOutsideOfPackage("dev.openapiauth.probe.validator..")
            .should().dependOnClassesThat().resideInAnyPackage("com.atlassian..", "dev.openapiauth.probe.validator..");

    /**
     * The command line and the Mojos only adapt: they turn options into a request, hand it to a job and
     * turn its outcome into output. Reading descriptions, running rules, comparing baselines, rendering
     * reports or code all happen below them, so they may use only requests, outcomes and the values in them.
     */
    @ArchTest
    static final ArchRule adaptersOnlyAdapt = classes().that().resideInAnyPackage("dev.openapiauth.cli..", "dev.openapiauth.maven..")
            .should().onlyDependOnClassesThat(or(
                    resideInAnyPackage("java..", "org.apache.maven..", "dev.openapiauth.cli..", "dev.openapiauth.maven..",
                            "dev.openapiauth.jobs.."),
                    belongToAnyOf(LintOptions.class, ToolVersion.class, Rules.class, RuleDescriptor.class, Finding.class,
                            Severity.class, BaselineException.class, ReportFormat.class, ReportFiles.class, TextLines.class,
                            LoadOptions.class, LoadProblem.class, UnreadableSpecException.class, Flavour.class,
                            UneditableDescriptionException.class, ProbeLimits.class, ProbeResult.class, ProbeProgress.class, Unchecked.class,
                            CredentialsFile.InvalidException.class)));
}
