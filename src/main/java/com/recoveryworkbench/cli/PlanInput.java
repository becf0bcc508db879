package com.recoveryworkbench.cli;

import com.recoveryworkbench.io.LoadedPlan;
import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.model.Plan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** How every command reads a plan file: load warnings go to standard error, the plan is returned. */
final class PlanInput {
    private PlanInput() {
    }

    static Plan read(Path file, PrintWriter err) throws PlanFileException {
        return report(new PlanReader().read(file), err);
    }

    /** Reads a plan whose drills must have happened by {@code asOf}: a later drill is an error. */
    static Plan read(Path file, PrintWriter err, LocalDate asOf) throws PlanFileException {
        return report(new PlanReader().withDrillsUpTo(asOf).read(file), err);
    }

    private static Plan report(LoadedPlan loaded, PrintWriter err) {
        loaded.warnings().forEach(warning -> err.println("warning: " + warning));
        return loaded.plan();
    }

    /**
     * Whether {@code output} names the file {@code input} is read from, by another spelling or a link
     * too, so a command never writes its result over its own input.
     */
    static boolean sameFile(Path input, Path output) {
        try {
            if (Files.exists(input) && Files.exists(output)) {
                return Files.isSameFile(input, output);
            }
        } catch (IOException e) {
            // Unreadable metadata: fall back to comparing the names.
        }
        return input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize());
    }
}
