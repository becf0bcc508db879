package com.recoveryworkbench.testplans;

import com.recoveryworkbench.model.ClaimedRecovery;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link TestPlans#checkout()} with a drill on {@link #DRILL_DAY}: Legacy DB took 55m (the plan says
 * 40m) and Catalog its planned 10m. Planned: Legacy DB up at 40m, Auth 44m, Checkout 52m. Proven:
 * Legacy DB 55m, Auth 59m, Checkout 1h7m; Catalog 10m on both.
 */
public final class DrilledPlans {
    public static final LocalDate DRILL_DAY = LocalDate.of(2026, 10, 3);
    /** 45 days after the drill. */
    public static final LocalDate NOV_17 = LocalDate.of(2026, 11, 17);

    private DrilledPlans() {
    }

    public static Plan checkout() {
        Plan plan = TestPlans.checkout();
        return plan.withDrill(new Drill("autumn", DRILL_DAY, "Autumn restore test", null, "", List.of(
                new DrillResult("legacy-db", Duration.ofMinutes(55), null, DrillOutcome.RECOVERED,
                        ClaimedRecovery.of(plan, "legacy-db"), ""),
                new DrillResult("catalog", Duration.ofMinutes(10), null, DrillOutcome.RECOVERED,
                        ClaimedRecovery.of(plan, "catalog"), ""))));
    }
}
