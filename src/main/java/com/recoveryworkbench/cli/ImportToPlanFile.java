package com.recoveryworkbench.cli;

import com.recoveryworkbench.io.Imported;
import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.io.PlanWriter;
import com.recoveryworkbench.io.imports.ImportFormat;
import com.recoveryworkbench.model.Plan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The one body of the import commands ({@code import}, and {@code import-csv}, which is
 * {@code import --from csv} under its old name), with the options they share: the plan file to write
 * ({@code -o}), its name and {@code --force}. Never writes over the imported file, nor over another
 * existing file without {@code --force}; writes nothing when the input has an error (every problem
 * goes to standard error) or when the plan made could not be opened again. The import's warnings and
 * a missing backup go to standard error, a one-line summary to standard output. A picocli mixin: one
 * per command run.
 */
final class ImportToPlanFile {
    @Option(names = {"-o", "--output"}, paramLabel = "PLAN", required = true,
            description = "the plan file to write (*.rplan.json)")
    private Path output;

    @Option(names = "--name", paramLabel = "NAME",
            description = "the plan's name; by default the imported file's name without its extension")
    private String name;

    @Option(names = "--force", description = "overwrite PLAN if it exists")
    private boolean force;

    /** Imports {@code input} as {@code format} into the plan file; returns the command's exit code. */
    int run(ImportFormat format, Path input, CommandLine commandLine) {
        PrintWriter err = commandLine.getErr();
        if (PlanInput.sameFile(input, output)) {
            err.println(output + " is the file being imported; write the plan to another file"
                    + " (--force never replaces the imported file itself).");
            return ExitCodes.FAILURE;
        }
        if (Files.exists(output) && !force) {
            err.println(output + " exists already; add --force to overwrite it.");
            return ExitCodes.FAILURE;
        }
        Imported imported;
        try {
            imported = format.importFile(input, name != null ? name : defaultName(input));
        } catch (PlanFileException e) {
            err.println(e.getMessage());
            return ExitCodes.FAILURE;
        }
        imported.warnings().forEach(warning -> err.println("warning: " + warning));
        return write(imported.plan(), commandLine.getOut(), err);
    }

    private int write(Plan plan, PrintWriter out, PrintWriter err) {
        if (!opensAgain(plan, err)) {
            return ExitCodes.FAILURE;
        }
        try {
            new PlanWriter().save(plan, output).backupProblem()
                    .ifPresent(problem -> err.println("warning: " + problem));
        } catch (IOException e) {
            err.println("Cannot write " + output + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        int dependencies = plan.dependencies().size();
        out.println("Imported " + plan.serviceCount() + " services and " + dependencies
                + (dependencies == 1 ? " dependency" : " dependencies") + " into " + output);
        return ExitCodes.OK;
    }

    /**
     * Whatever an import writes, the workbench must be able to open: the plan is encoded and read back
     * with every limit of {@link PlanReader} (size, number of values) before anything is written.
     */
    private boolean opensAgain(Plan plan, PrintWriter err) {
        String json = new PlanWriter().toJson(plan);
        long bytes = json.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > PlanReader.MAX_FILE_BYTES) {
            err.printf(Locale.ROOT, "Cannot import: the plan would take %.1f MB, over the %d MB a plan file may hold;"
                    + " nothing was written.%n", bytes / 1e6, PlanReader.MAX_FILE_BYTES / (1024 * 1024));
            return false;
        }
        try {
            new PlanReader().read(json, output.toString());
            return true;
        } catch (PlanFileException e) {
            err.println("Cannot import: the plan made could not be opened again, so nothing was written: "
                    + e.getMessage());
            return false;
        }
    }

    /** "inventory.csv" → "inventory": the plan's name when none is given; a name without an extension stays. */
    static String defaultName(Path file) {
        Path fileName = file.getFileName();
        String text = fileName == null ? file.toString() : fileName.toString();
        int dot = text.lastIndexOf('.');
        return dot > 0 ? text.substring(0, dot) : text;
    }
}
