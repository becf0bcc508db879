package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** Small plans worked out by hand for the export tests. */
final class ExportPlans {
    static final LocalDate DATE = LocalDate.of(2024, 5, 17);

    private ExportPlans() {
    }

    /**
     * The retail chain: tier-1 targets RTO 20m, RPO 15m; restores begin at once, no capacity limit.
     * <pre>
     * cache       2m, RTO override 30m     wave 1, up 2m, slack 28m: meets (stateless)
     * legacy-db  40m                        wave 1, up 40m, slack −20m: missed (and RPO unbounded)
     * auth        4m → legacy-db (hard)     wave 2, up 44m: missed
     * checkout    8m → auth (hard), cache (soft)   wave 3, up 52m, slack −32m: missed
     * job-a, job-b   1m each, hard-depend on each other: blocked
     * </pre>
     */
    static Plan retail() {
        TierPolicy tier = new TierPolicy("tier-1", "Critical", Duration.ofMinutes(20), Duration.ofMinutes(15),
                Duration.ofDays(90), "#ef8a62");
        List<Service> services = List.of(
                service("cache", "Cache", ServiceKind.CACHE, 2).rtoTarget(Duration.ofMinutes(30)).build(),
                service("legacy-db", "Legacy DB", ServiceKind.DATABASE, 40).owner("DBA team").region("eu-west")
                        .build(),
                service("auth", "Auth", ServiceKind.IDENTITY, 4).owner("Identity").build(),
                service("checkout", "Checkout", ServiceKind.APPLICATION, 8).owner("Web_team *core*").build(),
                service("job-a", "Job <A>", ServiceKind.APPLICATION, 1).build(),
                service("job-b", "Job \"B\" & co", ServiceKind.APPLICATION, 1).build());
        List<Dependency> dependencies = List.of(
                Dependency.hard("auth", "legacy-db"),
                Dependency.hard("checkout", "auth"),
                Dependency.soft("checkout", "cache"),
                Dependency.hard("job-a", "job-b"),
                Dependency.hard("job-b", "job-a"));
        return new Plan("Retail chain", "", Settings.DEFAULT, List.of(tier), services, dependencies);
    }

    /**
     * {@link #retail()} with its cards placed on the map (top-left corners):
     * <pre>
     * legacy-db (0, 0)    auth (300, 0)    checkout (600, 0)
     *                                      cache    (600, 150)
     * job-a     (0, 300)  job-b (300, 300)
     * </pre>
     */
    static Plan retailOnTheMap() {
        Plan plan = retail();
        return plan.withServices(List.of(
                at(plan, "legacy-db", 0, 0), at(plan, "auth", 300, 0), at(plan, "checkout", 600, 0),
                at(plan, "cache", 600, 150), at(plan, "job-a", 0, 300), at(plan, "job-b", 300, 300)));
    }

    private static Service at(Plan plan, String id, double x, double y) {
        return plan.service(id).orElseThrow().withPosition(new Position(x, y));
    }

    static Analysis analyze(Plan plan) {
        return new RecoveryAnalyzer().analyze(plan);
    }

    private static Service.Builder service(String id, String name, ServiceKind kind, int restoreMinutes) {
        return Service.builder(id, kind).name(name).tier("tier-1").restoreTime(Duration.ofMinutes(restoreMinutes));
    }
}
