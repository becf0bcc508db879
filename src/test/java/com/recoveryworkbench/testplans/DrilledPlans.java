package com.recoveryworkbench.testplans;

import com.recoveryworkbench.model.ClaimedRecovery;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Plans with drills for hand-worked tests.
 * <ul>
 *   <li>{@link #checkout()}: {@link TestPlans#checkout()} with a drill on {@link #DRILL_DAY}: Legacy DB
 *       took 55m (the plan says 40m) and Catalog its planned 10m. Planned: Legacy DB up at 40m, Auth
 *       44m, Checkout 52m. Proven: Legacy DB 55m, Auth 59m, Checkout 1h7m; Catalog 10m on both.</li>
 *   <li>{@link #orders()}: two tier-1 services in eu with the scenario {@value #EU_LOST} losing eu.
 *       Orders DB (warm standby in us: restore 40m, failover 10m) ← Orders (no standby, restore 8m).
 *       Planned: total 40m, 48m; in {@value #EU_LOST} Orders DB fails over and is up at 10m, Orders is
 *       restored and up at 18m. {@link #regionDrill(Plan)} adds a drill of {@value #EU_LOST}.</li>
 * </ul>
 */
public final class DrilledPlans {
    public static final LocalDate DRILL_DAY = LocalDate.of(2026, 10, 3);
    /** 45 days after the drill. */
    public static final LocalDate NOV_17 = LocalDate.of(2026, 11, 17);

    /** The day of {@link #regionDrill(Plan)}. */
    public static final LocalDate REGION_DRILL_DAY = LocalDate.of(2026, 11, 21);
    public static final String EU_LOST = "eu-lost";

    private DrilledPlans() {
    }

    public static Plan orders() {
        Plan plan = new Plan("orders", "", Settings.DEFAULT, TierPolicy.defaults(), List.of(
                Service.builder("orders-db", ServiceKind.DATABASE).name("Orders DB").tier("tier-1").region("eu")
                        .restoreTime(Duration.ofMinutes(40)).strategy(RecoveryStrategy.WARM_STANDBY)
                        .standbyRegion("us").failoverTime(Duration.ofMinutes(10)).build(),
                Service.builder("orders", ServiceKind.APPLICATION).name("Orders").tier("tier-1").region("eu")
                        .restoreTime(Duration.ofMinutes(8)).strategy(RecoveryStrategy.BACKUP_RESTORE).build()),
                List.of(Dependency.hard("orders", "orders-db")));
        return plan.withScenario(Scenario.losing(EU_LOST, "eu lost", List.of("eu"), List.of()));
    }

    /**
     * {@code plan} with the drill "eu-drill" of {@value #EU_LOST} on {@link #REGION_DRILL_DAY}: Orders
     * DB failed over in 15m (the plan says 10m), Orders was restored in 9m (the plan says 8m).
     */
    public static Plan regionDrill(Plan plan) {
        return plan.withDrill(new Drill("eu-drill", REGION_DRILL_DAY, "eu region drill", EU_LOST, "", List.of(
                new DrillResult("orders-db", Duration.ofMinutes(15), null, DrillOutcome.RECOVERED,
                        ClaimedRecovery.of(plan, "orders-db"), ""),
                new DrillResult("orders", Duration.ofMinutes(9), null, DrillOutcome.RECOVERED,
                        ClaimedRecovery.of(plan, "orders"), ""))));
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
