package com.recoveryworkbench.cli;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.analysis.uncertainty.Uncertainty;
import com.recoveryworkbench.analysis.uncertainty.UncertaintyAnalyzer;
import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code check PLAN}: analyses a plan in one scenario or all of them and prints the restore sequence,
 * the verdicts and the findings. The report goes to standard output; load warnings and errors go to
 * standard error.
 */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 100,
        versionProvider = ManifestVersion.class,
        description = {"Analyses a plan: the restore sequence wave by wave, when each service is up against "
                + "its RTO and RPO targets, and the findings. By default everything is lost at once (the "
                + "scenario 'total'); --scenario, --all-scenarios and --lose ask about other losses."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every service meets its objectives and the plan has no error, in every scenario checked (--cadence: "
                    + "all drill evidence is current)",
            "1:in a scenario checked, a service misses its RTO or RPO target or cannot be judged, or the plan has "
                    + "an error (--proven: also a service failed in its latest drill; --cadence: some drill evidence "
                    + "is missing or too old)",
            "2:the plan cannot be read, a scenario does not exist, or the arguments are wrong"},
        footer = {"", "Examples:", "  ${ROOT-COMMAND-NAME} check retail.rplan.json --format json",
            "  ${ROOT-COMMAND-NAME} check retail.rplan.json --all-scenarios",
            "  ${ROOT-COMMAND-NAME} check retail.rplan.json --uncertainty --runs 5000 --seed 7",
            "  ${ROOT-COMMAND-NAME} check retail.rplan.json \\",
            "      --lose region:eu-west,service:legacy-db --data-corruption",
            "  ${ROOT-COMMAND-NAME} check retail.rplan.json --proven --as-of 2026-12-01",
            "  ${ROOT-COMMAND-NAME} check retail.rplan.json --cadence --as-of 2026-12-01"})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private PlanReportOptions report;

    @Option(names = "--capacity", paramLabel = "K",
            description = "at most K restores at once for this run, instead of the plan's restore capacity; "
                    + "0 = unlimited")
    private Integer capacity;

    @Mixin
    private ScenarioOptions scenarios;

    @Option(names = "--proven", description = "judge the plan as its drills prove it: each service's latest "
            + "measured time instead of its restore time, beside the planned up times, with the drill findings")
    private boolean proven;

    @Option(names = "--cadence", description = "judge only the drill evidence: does every service of a tier with a "
            + "drill cadence have a drill it recovered in within that cadence?")
    private boolean cadence;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "the date --proven and --cadence judge drill evidence as of (default: today)")
    private LocalDate asOf;

    @Option(names = "--uncertainty", description = "where services have a restore range: re-run the analysis with "
            + "restore times drawn from each range (PERT) and add each service's P50 and P90 up time and its chance "
            + "of meeting its RTO target")
    private boolean uncertainty;

    @Option(names = "--runs", paramLabel = "N", description = "how many runs --uncertainty makes (default: "
            + UncertaintyAnalyzer.DEFAULT_RUNS + ")")
    private Integer runs;

    @Option(names = "--seed", paramLabel = "S", description = "the seed --uncertainty draws with (default: "
            + UncertaintyAnalyzer.DEFAULT_SEED + "); the same seed gives the same figures")
    private Long seed;

    @Override
    public Integer call() {
        if (capacity != null && capacity < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--capacity must be 0 (unlimited) or more, was " + capacity);
        }
        scenarios.requireNoConflict(true);
        if (proven && cadence) {
            throw new ParameterException(spec.commandLine(), "--proven and --cadence are two different checks; give one");
        }
        if ((proven || cadence) && (scenarios.scenarioId != null || scenarios.all || scenarios.lose != null)) {
            // The proven view replays every drill as a drill of the whole-loss scenario, whatever it exercised.
            throw new ParameterException(spec.commandLine(),
                    "--proven and --cadence judge the drill log as a whole; leave out --scenario, --all-scenarios and --lose");
        }
        requireUncertaintyOptionsFit();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate drillsAsOf = proven || cadence ? AsOf.orToday(asOf) : null;
        Plan loaded;
        try {
            loaded = drillsAsOf == null ? PlanInput.read(report.planFile, err)
                    : PlanInput.read(report.planFile, err, drillsAsOf);
        } catch (PlanFileException e) {
            err.println(e.getMessage());
            return ExitCodes.FAILURE;
        }
        Plan plan = capacity == null ? loaded
                : loaded.withSettings(loaded.settings().withRestoreCapacity(capacity));
        PrintWriter out = spec.commandLine().getOut();
        if (cadence) {
            return DrillCheck.cadence(plan, drillsAsOf, report.format, out);
        }
        if (proven) {
            return DrillCheck.proven(plan, drillsAsOf, report.format, capacity != null, out);
        }
        List<Scenario> chosen;
        try {
            chosen = scenarios.choose(plan);
        } catch (ScenarioOptions.Problem e) {
            err.println(e.getMessage());
            return ExitCodes.FAILURE;
        }
        RecoveryAnalyzer analyzer = new RecoveryAnalyzer();
        List<Analysis> analyses = scenarios.all ? analyzer.analyzeAll(plan).all()
                : List.of(analyzer.analyze(plan, chosen.get(0)));
        List<Uncertainty> figures = uncertaintyOf(plan, analyses);
        if (report.json() && scenarios.all) {
            ConsoleWriter.writeBytes(out, bytes -> JsonReport.writeAll(bytes, plan, analyses, figures));
        } else if (report.json()) {
            Uncertainty figure = figures == null ? null : figures.get(0);
            ConsoleWriter.writeBytes(out, bytes -> JsonReport.write(bytes, plan, analyses.get(0), null, figure));
        } else if (scenarios.all) {
            out.print(TextReport.renderAll(plan, analyses, capacity != null, figures));
        } else {
            Analysis analysis = analyses.get(0);
            out.print(TextReport.render(plan, analysis, capacity != null, CheckFailures.of(plan, analysis),
                    figures == null ? null : figures.get(0)));
        }
        if (uncertainty && figures == null) {
            err.println("--uncertainty: no service has a restore range (restoreTimeRange), so there is nothing uncertain"
                    + " to add");
        }
        out.flush();
        return analyses.stream().allMatch(analysis -> CheckFailures.of(plan, analysis).isEmpty())
                ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private void requireUncertaintyOptionsFit() {
        if (!uncertainty && (runs != null || seed != null)) {
            throw new ParameterException(spec.commandLine(), "--runs and --seed go with --uncertainty");
        }
        if (runs != null && (runs < 1 || runs > UncertaintyAnalyzer.MAX_RUNS)) {
            throw new ParameterException(spec.commandLine(),
                    "--runs must be from 1 to " + UncertaintyAnalyzer.MAX_RUNS + ", was " + runs);
        }
        if (uncertainty && (proven || cadence)) {
            throw new ParameterException(spec.commandLine(),
                    "--uncertainty draws from the plan's restore ranges; leave out --proven and --cadence");
        }
    }

    /** One uncertainty per analysis with --uncertainty on a plan with ranges; {@code null} otherwise (the report stays as it was). */
    private List<Uncertainty> uncertaintyOf(Plan plan, List<Analysis> analyses) {
        if (!uncertainty || !UncertaintyAnalyzer.hasRanges(plan)) {
            return null;
        }
        UncertaintyAnalyzer analyzer = new UncertaintyAnalyzer();
        int n = runs == null ? UncertaintyAnalyzer.DEFAULT_RUNS : runs;
        long s = seed == null ? UncertaintyAnalyzer.DEFAULT_SEED : seed;
        return analyses.stream()
                .map(a -> analyzer.analyze(plan, a.scenario(), n, s, () -> false).orElseThrow()).toList();
    }
}
