package com.recoveryworkbench.cli;

import com.recoveryworkbench.io.imports.ImportFormat;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import-csv CSV -o PLAN}: {@code import CSV --from csv -o PLAN} under the name it had first,
 * kept so that scripts written for it keep working. Same options, same body, same output.
 */
@Command(name = "import-csv",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 100,
        versionProvider = ManifestVersion.class,
        description = {"Creates a plan file from a CSV service inventory: one row per service, a header naming "
                + "the columns. The same as import CSV --from csv."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the plan file was written",
            "2:the CSV has errors, the plan file exists already, or the arguments are wrong"},
        footer = {"", ImportCommand.CSV_COLUMNS, "", "Example:",
            "  ${ROOT-COMMAND-NAME} import-csv inventory.csv -o inventory.rplan.json"})
public final class ImportCsvCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "CSV", description = "the inventory, UTF-8, at most 20 MB")
    private Path csv;

    @Mixin
    private ImportToPlanFile planFile;

    @Override
    public Integer call() {
        return planFile.run(ImportFormat.CSV, csv, spec.commandLine());
    }
}
