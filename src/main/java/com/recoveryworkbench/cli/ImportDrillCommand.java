package com.recoveryworkbench.cli;

import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.PlanWriter;
import com.recoveryworkbench.io.csv.DrillImport;
import com.recoveryworkbench.io.csv.DrillResultsImporter;
import com.recoveryworkbench.io.imports.ImportSource;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Ids;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import-drill RESULTS.csv --into PLAN --date DATE}: adds a drill with the results of a sheet to
 * a plan file. All or nothing: any problem in the sheet or the arguments leaves the plan file as it
 * was; the save itself is atomic and keeps the previous version as {@code PLAN.bak}.
 */
@Command(name = "import-drill",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 100,
        versionProvider = ManifestVersion.class,
        description = {"Adds a restore drill to a plan from a CSV results sheet: one row per service, a header "
                + "naming the columns id, outcome (recovered, partial, failed), measured (55m, 1h7m) or start and "
                + "end timestamps, and optionally data_loss and notes. Each result records the restore time, "
                + "strategy and hard dependencies the plan claims today."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the drill was added and the plan saved",
            "2:the sheet or the plan has errors, or the arguments are wrong; the plan file is unchanged"},
        footer = {"", "Example:",
            "  ${ROOT-COMMAND-NAME} import-drill results.csv --into retail.rplan.json \\",
            "      --date 2026-10-03 --name \"Autumn restore test\""})
public final class ImportDrillCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "RESULTS", description = "the results sheet, UTF-8 CSV")
    private Path csv;

    @Option(names = "--into", paramLabel = "PLAN", required = true, description = "the plan file to add the drill to")
    private Path planFile;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true, description = "the day of the drill")
    private LocalDate date;

    @Option(names = "--name", paramLabel = "NAME", description = "what people call the drill; by default its id")
    private String name;

    @Option(names = "--id", paramLabel = "ID",
            description = "the drill's id; by default its date (with -2, -3, … when the plan has it already)")
    private String id;

    @Option(names = "--scenario", paramLabel = "ID", defaultValue = Drill.DEFAULT_SCENARIO,
            description = "the scenario the drill exercised, one of the plan's (default: ${DEFAULT-VALUE}, everything "
                    + "lost)")
    private String scenario;

    @Option(names = "--notes", paramLabel = "TEXT", description = "lessons learned from the drill as a whole")
    private String notes;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "today's date for the check that the drill has happened (default: today)")
    private LocalDate asOf;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LocalDate today = AsOf.orToday(asOf);
        String argumentProblem = argumentProblem(today);
        if (argumentProblem != null) {
            err.println(argumentProblem);
            return ExitCodes.FAILURE;
        }
        Plan plan;
        DrillImport imported;
        try {
            plan = PlanInput.read(planFile, err, today);
            ImportSource sheet = ImportSource.read(csv, "save the spreadsheet as \"CSV UTF-8\"");
            imported = new DrillResultsImporter().importText(sheet.text(), sheet.name(), plan, date);
        } catch (PlanFileException e) {
            err.println(e.getMessage());
            return ExitCodes.FAILURE;
        }
        String scenarioProblem = scenarioProblem(plan);
        if (scenarioProblem != null) {
            err.println(scenarioProblem);
            return ExitCodes.FAILURE;
        }
        String drillId = id != null ? id : freeId(plan, date.toString());
        if (plan.drill(drillId).isPresent()) {
            err.println(planFile + " has a drill with the id \"" + drillId + "\" already; choose another --id");
            return ExitCodes.FAILURE;
        }
        imported.warnings().forEach(warning -> err.println("warning: " + warning));
        Drill drill = new Drill(drillId, date, name, scenario, notes, imported.results());
        try {
            new PlanWriter().save(plan.withDrill(drill), planFile).backupProblem()
                    .ifPresent(problem -> err.println("warning: " + problem));
        } catch (IOException e) {
            err.println("Cannot write " + planFile + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        spec.commandLine().getOut().println("Added drill " + drill.id() + " (" + drill.date() + ") to " + planFile
                + ": " + outcomes(drill));
        return ExitCodes.OK;
    }

    private String argumentProblem(LocalDate today) {
        if (date.isAfter(today)) {
            return "--date " + date + " is after " + today + (asOf != null ? " (--as-of)" : " (today)")
                    + "; a drill cannot have happened yet";
        }
        if (id != null && !Ids.isValid(id)) {
            return "--id \"" + id + "\" is not a valid id: use 1-100 letters, digits, '.', '_' or '-', starting"
                    + " with a letter or digit";
        }
        return null;
    }

    /** Why the plan cannot take a drill of {@code --scenario}, or {@code null} when it can. */
    private String scenarioProblem(Plan plan) {
        if (plan.scenario(scenario).isPresent()) {
            return null;
        }
        return "--scenario \"" + scenario + "\" is not a scenario of " + planFile + "; known: "
                + plan.scenarios().stream().map(Scenario::id).collect(Collectors.joining(", "));
    }

    /** {@code base}, or {@code base-2}, {@code base-3}, … whichever the plan's drill log does not have. */
    private static String freeId(Plan plan, String base) {
        String candidate = base;
        for (int n = 2; plan.drill(candidate).isPresent(); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /** "5 results: 4 recovered, 1 failed". */
    private static String outcomes(Drill drill) {
        String counts = Arrays.stream(DrillOutcome.values()).map(outcome -> {
            long n = drill.results().stream().map(DrillResult::outcome).filter(outcome::equals).count();
            return n == 0 ? null : n + " " + outcome.code();
        }).filter(Objects::nonNull).collect(Collectors.joining(", "));
        int n = drill.results().size();
        return n + (n == 1 ? " result: " : " results: ") + counts;
    }
}
