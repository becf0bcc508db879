package com.recoveryworkbench.cli;

import com.recoveryworkbench.analysis.drill.CadenceCheck;
import com.recoveryworkbench.analysis.drill.ProvenAnalyzer;
import com.recoveryworkbench.analysis.drill.ProvenView;
import com.recoveryworkbench.model.Plan;
import java.io.PrintWriter;
import java.time.LocalDate;

/**
 * The drill modes of {@code check}: {@code --proven} judges the plan as the drills prove it, and
 * {@code --cadence} judges only whether the drill evidence is current. Stateless.
 */
final class DrillCheck {
    private DrillCheck() {
    }

    /**
     * Prints the proven report; exit code as for {@code check}, on the proven analysis, and 1 also
     * when a drill finding is an error (a service failed in its latest drill).
     */
    static int proven(Plan plan, LocalDate asOf, ReportFormat format, boolean capacityOverridden, PrintWriter out) {
        ProvenView view = new ProvenAnalyzer().analyze(plan, asOf);
        if (format == ReportFormat.JSON) {
            ConsoleWriter.writeBytes(out, bytes -> JsonReport.write(bytes, plan, view.proven(), view));
        } else {
            out.print(ProvenTextReport.render(plan, view, capacityOverridden));
        }
        out.flush();
        return CheckFailures.ofProven(plan, view).isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    /** Prints the cadence report; 0 when every judged service's evidence is current as of the date, else 1. */
    static int cadence(Plan plan, LocalDate asOf, ReportFormat format, PrintWriter out) {
        CadenceCheck check = CadenceCheck.of(plan, asOf);
        out.print(format == ReportFormat.JSON ? CadenceReport.json(plan, check) : CadenceReport.text(plan, check));
        out.flush();
        return check.passes() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
