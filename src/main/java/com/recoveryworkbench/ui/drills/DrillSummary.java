package com.recoveryworkbench.ui.drills;

import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How a drill's results read in the drill log: "12 recovered · 1 failed". Stateless. */
public final class DrillSummary {
    private DrillSummary() {
    }

    /** The count of each outcome the drill has, most successful first; "no results yet" when it has none. */
    public static String outcomes(Drill drill) {
        List<String> parts = new ArrayList<>();
        for (DrillOutcome outcome : DrillOutcome.values()) {
            long n = drill.results().stream().map(DrillResult::outcome).filter(outcome::equals).count();
            if (n > 0) {
                parts.add(n + " " + outcome.name().toLowerCase(Locale.ROOT));
            }
        }
        return parts.isEmpty() ? "no results yet" : String.join(" · ", parts);
    }
}
