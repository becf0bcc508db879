package com.recoveryworkbench.cli;

import com.recoveryworkbench.io.LoadedPlan;
import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.model.Plan;
import java.io.PrintWriter;
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
}
