package com.recoveryworkbench.cli;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.io.AtomicFileWriter;
import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.export.ExportFormat;
import com.recoveryworkbench.io.export.Exported;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export PLAN --as FORMAT -o FILE [--services ID,…]}: writes a runbook, the compliance table,
 * the graph or a picture of a plan to a file. Never overwrites a file unless asked to with
 * {@code --force}. A runbook is dated today; a picture may show just some services; warnings (a
 * picture drawn smaller than asked) go to standard error.
 */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 100,
        versionProvider = ManifestVersion.class,
        description = {"Exports a plan: a runbook to follow in an incident or a drill (runbook-md, or "
                + "runbook-html to print), the compliance table (csv), the dependency graph (dot for Graphviz, "
                + "graphml for yEd), or a picture of the map with a legend (png, png2x at twice the pixels, svg)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the file was written",
            "2:the plan cannot be read or has no such scenario, FILE exists already or cannot be written, or the "
                    + "arguments are wrong"},
        footer = {"", "Examples:",
            "  ${ROOT-COMMAND-NAME} export retail.rplan.json --as runbook-md -o runbook.md",
            "  ${ROOT-COMMAND-NAME} export PLAN --as svg -o part.svg --services checkout,auth",
            "  ${ROOT-COMMAND-NAME} export PLAN --as runbook-md -o eu-west.md \\",
            "      --scenario eu-west-lost"})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PLAN", description = "the plan file (*.rplan.json)")
    private Path planFile;

    @Option(names = "--as", paramLabel = "FORMAT", required = true,
            description = "runbook-md, runbook-html, csv, dot, graphml, png, png2x or svg")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "the file to write")
    private Path output;

    @Option(names = "--services", paramLabel = "ID", split = ",",
            description = "pictures only: draw just these services (ids, comma-separated) and the arrows between them")
    private List<String> services = List.of();

    @Option(names = "--force", description = "overwrite FILE if it exists")
    private boolean force;

    @Option(names = "--scenario", paramLabel = "ID",
            description = "export this scenario of the plan instead of the total one (everything lost): a runbook "
                    + "lists only what must be done in it, a picture shows the services it spares as unaffected")
    private String scenarioId;

    @Override
    public Integer call() {
        ExportFormat as = ExportFormat.ofCode(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Unknown export format '" + format + "': use one of " + ExportFormat.codes()));
        if (!services.isEmpty() && !as.drawsSelection()) {
            throw new ParameterException(spec.commandLine(), "--services applies to the pictures (png, png2x, svg); "
                    + as.code() + " always exports the whole plan");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (PlanInput.sameFile(planFile, output)) {
            err.println(output + " is the plan being exported; write the export to another file"
                    + " (--force never replaces the plan itself).");
            return ExitCodes.FAILURE;
        }
        if (Files.exists(output) && !force) {
            err.println(output + " exists already; add --force to overwrite it.");
            return ExitCodes.FAILURE;
        }
        Plan plan;
        try {
            plan = PlanInput.read(planFile, err);
        } catch (PlanFileException e) {
            err.println(e.getMessage());
            return ExitCodes.FAILURE;
        }
        Set<String> selection = services.stream().map(String::strip).collect(Collectors.toCollection(TreeSet::new));
        List<String> unknown = selection.stream().filter(id -> !plan.hasService(id)).toList();
        if (!unknown.isEmpty()) {
            err.println("The plan has no service " + String.join(", ", unknown) + " (--services takes service ids).");
            return ExitCodes.FAILURE;
        }
        Scenario scenario;
        try {
            scenario = scenarioId == null ? plan.totalScenario() : ScenarioOptions.stored(plan, scenarioId);
        } catch (ScenarioOptions.Problem e) {
            err.println(e.getMessage());
            return ExitCodes.FAILURE;
        }
        Exported exported = as.render(plan, new RecoveryAnalyzer().analyze(plan, scenario), LocalDate.now(),
                selection);
        exported.warnings().forEach(err::println);
        try {
            new AtomicFileWriter().write(exported.bytes(), output);
        } catch (IOException e) {
            err.println("Cannot write " + output + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        spec.commandLine().getOut().println("Exported " + plan.name() + " as " + as.code() + " to " + output);
        return ExitCodes.OK;
    }
}
