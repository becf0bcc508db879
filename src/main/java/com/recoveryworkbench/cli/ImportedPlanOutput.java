package com.recoveryworkbench.cli;

import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.io.PlanWriter;
import com.recoveryworkbench.model.Plan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How the import commands ({@code import}, {@code import-csv}) write the plan they made: never over an
 * existing file without {@code --force}, the import's warnings and a missing backup on standard error,
 * a one-line summary on standard output. Stateless.
 */
final class ImportedPlanOutput {
    private ImportedPlanOutput() {
    }

    /** True, after saying so, when {@code output} exists and may not be overwritten. */
    static boolean refusesToOverwrite(Path output, boolean force, PrintWriter err) {
        if (Files.exists(output) && !force) {
            err.println(output + " exists already; add --force to overwrite it.");
            return true;
        }
        return false;
    }

    /** Writes {@code plan} to {@code output}; returns the command's exit code. */
    static int write(Plan plan, List<?> warnings, Path output, PrintWriter out, PrintWriter err) {
        warnings.forEach(warning -> err.println("warning: " + warning));
        if (!opensAgain(plan, output, err)) {
            return ExitCodes.FAILURE;
        }
        try {
            new PlanWriter().save(plan, output).backupProblem().ifPresent(problem -> err.println("warning: " + problem));
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
    private static boolean opensAgain(Plan plan, Path output, PrintWriter err) {
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
