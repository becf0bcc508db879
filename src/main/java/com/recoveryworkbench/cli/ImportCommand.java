package com.recoveryworkbench.cli;

import com.recoveryworkbench.io.imports.ImportFormat;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE --from FORMAT -o PLAN}: makes a new plan file from a CSV inventory, a GraphML or
 * DOT graph, or a Backstage catalog. Never overwrites a file unless asked to with {@code --force};
 * writes nothing when the input has an error. The body is {@link ImportToPlanFile}'s, shared with
 * {@code import-csv}.
 */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 100,
        versionProvider = ManifestVersion.class,
        description = {"Creates a plan file from another tool's file: a CSV service inventory (csv), a graph "
                + "(graphml from yEd or our export, dot for Graphviz; an edge a -> b means a depends on b), or a "
                + "Backstage catalog (backstage: Component and Resource entities, spec.dependsOn)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the plan file was written",
            "2:FILE has errors or cannot be read, PLAN exists already or cannot be written, or the arguments are"
                    + " wrong"},
        footer = {"", ImportCommand.CSV_COLUMNS, "", "Example:",
            // Two lines: on one, the jar's long name pushed it past the width and picocli broke the file name.
            "  ${ROOT-COMMAND-NAME} import catalog-info.yaml --from backstage \\",
            "      -o shop.rplan.json"})
public final class ImportCommand implements Callable<Integer> {
    /** What a CSV inventory holds, in a few lines: both import commands show it in their help. */
    static final String CSV_COLUMNS = "A CSV inventory has a header row naming its columns, in any order: id "
            + "(required), name, kind, tier, restore, depends_on, soft_depends_on (ids separated by ';'), stateful, "
            + "protection, protection_interval, protection_transfer, rto_target, rpo_target, owner, region, "
            + "strategy, notes. Every column, its accepted values and examples: docs/csv-format.md in the "
            + "Recovery Workbench sources; assets/samples/inventory.csv is an example.";

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the file to import, UTF-8, at most 20 MB")
    private Path input;

    @Option(names = "--from", paramLabel = "FORMAT", required = true,
            description = "csv, graphml, dot or backstage")
    private String from;

    @Mixin
    private ImportToPlanFile planFile;

    @Override
    public Integer call() {
        ImportFormat format = ImportFormat.ofCode(from).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Unknown import format '" + from + "': use " + ImportFormat.codes()));
        return planFile.run(format, input, spec.commandLine());
    }
}
