package com.recoveryworkbench.cli;

import com.recoveryworkbench.io.PlanWriter;
import com.recoveryworkbench.model.Plan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    /** "inventory.csv" → "inventory": the plan's name when none is given; a name without an extension stays. */
    static String defaultName(Path file) {
        Path fileName = file.getFileName();
        String text = fileName == null ? file.toString() : fileName.toString();
        int dot = text.lastIndexOf('.');
        return dot > 0 ? text.substring(0, dot) : text;
    }
}
