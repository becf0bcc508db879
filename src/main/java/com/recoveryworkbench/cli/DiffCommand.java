package com.recoveryworkbench.cli;

import com.recoveryworkbench.analysis.diff.PlanComparison;
import com.recoveryworkbench.analysis.diff.PlanDiff;
import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.export.DiffText;
import com.recoveryworkbench.model.Plan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diff OLD NEW}: what changed between two versions of a plan, and what it did to the recovery.
 * The report goes to standard output; load warnings and errors go to standard error.
 */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 100,
        versionProvider = ManifestVersion.class,
        description = {"Compares two versions of a plan: services, dependencies, tiers and settings that changed, "
                + "and how the waves, up times, verdicts and findings changed with them."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the files describe the same plan, positions included",
            "1:the plans differ (if only in positions, the report says so)",
            "2:a plan cannot be read, or the arguments are wrong"},
        footer = {"", "Example:", "  ${ROOT-COMMAND-NAME} diff old.rplan.json new.rplan.json"})
public final class DiffCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "the older plan file (*.rplan.json)")
    private Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "the newer plan file (*.rplan.json)")
    private Path newFile;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "text for people (default), json for scripts")
    private ReportFormat format;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Plan old;
        Plan neu;
        try {
            old = PlanInput.read(oldFile, err);
            neu = PlanInput.read(newFile, err);
        } catch (PlanFileException e) {
            err.println(e.getMessage());
            return ExitCodes.FAILURE;
        }
        PlanComparison comparison = PlanDiff.compare(old, neu);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == ReportFormat.JSON ? DiffJsonReport.render(comparison) : DiffText.render(comparison));
        out.flush();
        return comparison.isIdentical() ? ExitCodes.OK : ExitCodes.DIFFERS;
    }
}
