package com.recoveryworkbench.cli;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.io.AtomicFileWriter;
import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.export.ExportFormat;
import com.recoveryworkbench.model.Plan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export PLAN --as FORMAT -o FILE}: writes a runbook, the compliance table or the graph of a
 * plan to a file, UTF-8. Never overwrites a file unless asked to with {@code --force}. A runbook is
 * dated today.
 */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 100,
        versionProvider = ManifestVersion.class,
        description = {"Exports a plan: a runbook to follow in an incident or a drill (runbook-md, or "
                + "runbook-html to print), the compliance table (csv), or the dependency graph (dot for Graphviz, "
                + "graphml for yEd)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the file was written",
            "2:the plan cannot be read, FILE exists already or cannot be written, or the arguments are wrong"},
        footer = {"", "Example:",
            "  java -jar target/recovery-workbench.jar export retail.rplan.json --as runbook-md -o runbook.md"})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PLAN", description = "the plan file (*.rplan.json)")
    private Path planFile;

    @Option(names = "--as", paramLabel = "FORMAT", required = true,
            description = "runbook-md, runbook-html, csv, dot or graphml")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "the file to write")
    private Path output;

    @Option(names = "--force", description = "overwrite FILE if it exists")
    private boolean force;

    @Override
    public Integer call() {
        ExportFormat as = ExportFormat.ofCode(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Unknown export format '" + format + "': use one of " + ExportFormat.codes()));
        PrintWriter err = spec.commandLine().getErr();
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
        String text = as.render(plan, new RecoveryAnalyzer().analyze(plan), LocalDate.now());
        try {
            new AtomicFileWriter().write(text.getBytes(StandardCharsets.UTF_8), output);
        } catch (IOException e) {
            err.println("Cannot write " + output + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        spec.commandLine().getOut().println("Exported " + plan.name() + " as " + as.code() + " to " + output);
        return ExitCodes.OK;
    }
}
