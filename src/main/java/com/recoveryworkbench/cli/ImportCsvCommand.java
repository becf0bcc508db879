package com.recoveryworkbench.cli;

import com.recoveryworkbench.io.csv.CsvImport;
import com.recoveryworkbench.io.csv.CsvImportException;
import com.recoveryworkbench.io.csv.CsvPlanImporter;
import java.io.PrintWriter;
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
            "  ${ROOT-COMMAND-NAME} import-csv inventory.csv -o inventory.rplan.json"})
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
        if (ImportedPlanOutput.refusesToOverwrite(output, force, err)) {
            return ExitCodes.FAILURE;
        }
        CsvImport imported;
        try {
            imported = new CsvPlanImporter().importFile(csv, name != null ? name : ImportedPlanOutput.defaultName(csv));
        } catch (CsvImportException e) {
            err.println(e.getMessage());
            return ExitCodes.FAILURE;
        }
        return ImportedPlanOutput.write(imported.plan(), imported.warnings(), output, spec.commandLine().getOut(), err);
    }
}
