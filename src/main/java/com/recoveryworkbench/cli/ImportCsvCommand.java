package com.recoveryworkbench.cli;

import com.recoveryworkbench.io.PlanWriter;
import com.recoveryworkbench.io.csv.CsvImport;
import com.recoveryworkbench.io.csv.CsvImportException;
import com.recoveryworkbench.io.csv.CsvPlanImporter;
import com.recoveryworkbench.model.Plan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import-csv CSV -o PLAN}: turns a service inventory into a new plan file. Never overwrites a
 * file unless asked to with {@code --force}; writes nothing when the CSV has an error.
 */
@Command(name = "import-csv",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 100,
        versionProvider = ManifestVersion.class,
        description = {"Creates a plan file from a CSV service inventory: one row per service, a header naming "
                + "the columns (id, name, kind, tier, restore, depends_on, soft_depends_on, …)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the plan file was written",
            "2:the CSV has errors, the plan file exists already, or the arguments are wrong"},
        footer = {"", "Example:",
            "  java -jar target/recovery-workbench.jar import-csv inventory.csv -o inventory.rplan.json"})
public final class ImportCsvCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "CSV", description = "the inventory, UTF-8")
    private Path csv;

    @Option(names = {"-o", "--output"}, paramLabel = "PLAN", required = true,
            description = "the plan file to write (*.rplan.json)")
    private Path output;

    @Option(names = "--name", paramLabel = "NAME",
            description = "the plan's name; by default the CSV file name without its extension")
    private String name;

    @Option(names = "--force", description = "overwrite PLAN if it exists")
    private boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(output) && !force) {
            err.println(output + " exists already; add --force to overwrite it.");
            return ExitCodes.FAILURE;
        }
        CsvImport imported;
        try {
            imported = new CsvPlanImporter().importFile(csv, name != null ? name : defaultName(csv));
        } catch (CsvImportException e) {
            err.println(e.getMessage());
            return ExitCodes.FAILURE;
        }
        imported.warnings().forEach(warning -> err.println("warning: " + warning));
        Plan plan = imported.plan();
        try {
            new PlanWriter().save(plan, output).backupProblem().ifPresent(problem -> err.println("warning: " + problem));
        } catch (IOException e) {
            err.println("Cannot write " + output + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        spec.commandLine().getOut().println("Imported " + plan.serviceCount() + " services and "
                + plan.dependencies().size() + (plan.dependencies().size() == 1 ? " dependency" : " dependencies")
                + " into " + output);
        return ExitCodes.OK;
    }

    /** "inventory.csv" → "inventory"; a name without an extension stays as it is. */
    static String defaultName(Path csv) {
        Path fileName = csv.getFileName();
        String text = fileName == null ? csv.toString() : fileName.toString();
        int dot = text.lastIndexOf('.');
        return dot > 0 ? text.substring(0, dot) : text;
    }
}
