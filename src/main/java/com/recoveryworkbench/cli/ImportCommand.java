package com.recoveryworkbench.cli;

import com.recoveryworkbench.io.imports.ImportException;
import com.recoveryworkbench.io.imports.ImportFormat;
import com.recoveryworkbench.io.imports.Imported;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE --from FORMAT -o PLAN}: makes a new plan file from a CSV inventory, a GraphML or
 * DOT graph, or a Backstage catalog. Never overwrites a file unless asked to with {@code --force};
 * writes nothing when the input has an error.
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
        footer = {"", "Example:",
            // Two lines: on one, the jar's long name pushed it past the width and picocli broke the file name.
            "  ${ROOT-COMMAND-NAME} import catalog-info.yaml --from backstage \\",
            "      -o shop.rplan.json"})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the file to import, UTF-8, at most 20 MB")
    private Path input;

    @Option(names = "--from", paramLabel = "FORMAT", required = true,
            description = "csv, graphml, dot or backstage")
    private String from;

    @Option(names = {"-o", "--output"}, paramLabel = "PLAN", required = true,
            description = "the plan file to write (*.rplan.json)")
    private Path output;

    @Option(names = "--name", paramLabel = "NAME",
            description = "the plan's name; by default FILE's name without its extension")
    private String name;

    @Option(names = "--force", description = "overwrite PLAN if it exists")
    private boolean force;

    @Override
    public Integer call() {
        ImportFormat format = ImportFormat.ofCode(from).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Unknown import format '" + from + "': use " + ImportFormat.codes()));
        PrintWriter err = spec.commandLine().getErr();
        if (ImportedPlanOutput.refusesToOverwrite(output, force, err)) {
            return ExitCodes.FAILURE;
        }
        Imported imported;
        try {
            imported = format.importFile(input, name != null ? name : ImportedPlanOutput.defaultName(input));
        } catch (ImportException e) {
            err.println(e.getMessage());
            return ExitCodes.FAILURE;
        }
        return ImportedPlanOutput.write(imported.plan(), imported.warnings(), output, spec.commandLine().getOut(), err);
    }
}
