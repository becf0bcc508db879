package com.recoveryworkbench.cli;

import com.recoveryworkbench.io.LoadedPlan;
import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.model.Plan;
import java.io.PrintWriter;
import java.nio.file.Path;

/** How every command reads a plan file: load warnings go to standard error, the plan is returned. */
final class PlanInput {
    private PlanInput() {
    }

    static Plan read(Path file, PrintWriter err) throws PlanFileException {
        LoadedPlan loaded = new PlanReader().read(file);
        loaded.warnings().forEach(warning -> err.println("warning: " + warning));
        return loaded.plan();
    }
}
