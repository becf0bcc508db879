package com.recoveryworkbench.analysis.drill;

import com.recoveryworkbench.model.ClaimedRecovery;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The article's chain for hand-worked drill tests, in tier-1 (drill every 90 days): Legacy order DB
 * 40m ← Auth 4m ← Checkout 8m, and Checkout also hard-depends on the database. Planned: the database
 * is up at 40m, Auth at 44m, Checkout at 52m.
 */
final class DrillPlans {
    static final LocalDate OCT_3 = LocalDate.of(2026, 10, 3);

    private DrillPlans() {
    }

    static Plan chain() {
        return new Plan("retail", "", Settings.DEFAULT, TierPolicy.defaults(), List.of(
                service("legacy-order-db", "Legacy order DB", 40),
                service("auth", "Auth", 4),
                service("checkout", "Checkout", 8)), List.of(
                Dependency.hard("auth", "legacy-order-db"),
                Dependency.hard("checkout", "auth"),
                Dependency.hard("checkout", "legacy-order-db")));
    }

    static Service service(String id, String name, long restoreMinutes) {
        return Service.builder(id, ServiceKind.APPLICATION).name(name).tier("tier-1")
                .restoreTime(Duration.ofMinutes(restoreMinutes)).build();
    }

    /** A result measured in whole seconds, claiming what {@code plan} claims today. */
    static DrillResult result(Plan plan, String service, Duration measured, DrillOutcome outcome) {
        return new DrillResult(service, measured, null, outcome, ClaimedRecovery.of(plan, service), "");
    }

    static DrillResult recovered(Plan plan, String service, long measuredMinutes) {
        return result(plan, service, Duration.ofMinutes(measuredMinutes), DrillOutcome.RECOVERED);
    }

    static Drill drill(String id, LocalDate date, DrillResult... results) {
        return new Drill(id, date, "", null, "", List.of(results));
    }

    /** A drill on {@code date} in which every service of {@code plan} recovered in its planned time. */
    static Drill allRecovered(Plan plan, String id, LocalDate date) {
        return new Drill(id, date, "", null, "", plan.services().stream()
                .map(s -> result(plan, s.id(), s.restoreTime(), DrillOutcome.RECOVERED)).toList());
    }
}
