package com.recoveryworkbench.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.analysis.drill.Basis;
import com.recoveryworkbench.analysis.drill.ProvenAnalyzer;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cards' evidence lines, on a hand-worked plan in tier-1 (a drill every 90 days): Legacy order DB
 * 40m ← Auth 4m ← Checkout 8m, Search never drilled, and Lab web in a tier that asks for no drills.
 * One drill on 2026-10-03: the database took 55m, Auth its planned 4m, Checkout failed.
 */
class EvidenceLineTest {
    private static final LocalDate OCT_3 = LocalDate.of(2026, 10, 3);
    /** 45 days after the drill: 28 more in October, 17 in November. */
    private static final LocalDate NOV_17 = LocalDate.of(2026, 11, 17);

    private static Plan plan() {
        List<TierPolicy> tiers = new ArrayList<>(TierPolicy.defaults());
        tiers.add(new TierPolicy("lab", "Lab", Duration.ofDays(2), Duration.ofDays(1), null, "#777777"));
        Plan plan = new Plan("retail", "", Settings.DEFAULT, tiers, List.of(
                service("legacy-order-db", "Legacy order DB", 40, "tier-1"),
                service("auth", "Auth", 4, "tier-1"),
                service("checkout", "Checkout", 8, "tier-1"),
                service("search", "Search", 6, "tier-1"),
                service("lab-web", "Lab web", 5, "lab")), List.of(
                Dependency.hard("auth", "legacy-order-db"),
                Dependency.hard("checkout", "auth")));
        return plan.withDrill(new Drill("autumn", OCT_3, "Autumn restore", null, "", List.of(
                result(plan, "legacy-order-db", Duration.ofMinutes(55), DrillOutcome.RECOVERED),
                result(plan, "auth", Duration.ofMinutes(4), DrillOutcome.RECOVERED),
                result(plan, "checkout", null, DrillOutcome.FAILED))));
    }

    private static Service service(String id, String name, long minutes, String tier) {
        return Service.builder(id, ServiceKind.APPLICATION).name(name).tier(tier)
                .restoreTime(Duration.ofMinutes(minutes)).build();
    }

    private static DrillResult result(Plan plan, String id, Duration measured, DrillOutcome outcome) {
        return new DrillResult(id, measured, null, outcome, ClaimedRecovery.of(plan, id), "");
    }

    private static Map<String, String> lines(LocalDate asOf, Basis basis) {
        Plan plan = plan();
        return EvidenceLine.of(plan, new ProvenAnalyzer().analyze(plan, asOf), basis);
    }

    @Test
    void onThePlannedBasisCardsSayHowOldTheirEvidenceIs() {
        assertEquals(Map.of(
                "legacy-order-db", "drilled 45d ago",
                "auth", "drilled 45d ago",
                "checkout", "failed in drill 45d ago",
                "search", "never drilled"), lines(NOV_17, Basis.PLANNED));
    }

    @Test
    void onTheProvenBasisAMeasuredTimeThatDiffersFromThePlanIsShown() {
        Map<String, String> lines = lines(NOV_17, Basis.PROVEN);
        assertEquals("measured 55m, plan 40m", lines.get("legacy-order-db"));
        // Measured as planned: nothing to compare, so the age again.
        assertEquals("drilled 45d ago", lines.get("auth"));
        assertEquals("failed in drill 45d ago", lines.get("checkout"));
    }

    @Test
    void aServiceWhoseTierAsksForNoDrillsHasNoLine() {
        assertEquals(null, lines(NOV_17, Basis.PLANNED).get("lab-web"));
    }

    @Test
    void evidenceIsOverdueFromTheDayAfterTheCadenceRunsOut() {
        // 2026-10-03 + 90 days = 2027-01-01, the last day it counts.
        assertEquals("drilled 90d ago", lines(LocalDate.of(2027, 1, 1), Basis.PLANNED).get("auth"));
        assertEquals("drilled 91d ago · overdue", lines(LocalDate.of(2027, 1, 2), Basis.PLANNED).get("auth"));
    }

    @Test
    void theAgeCountsCalendarDays() {
        assertEquals("today", EvidenceLine.age(OCT_3, OCT_3));
        assertEquals("1d ago", EvidenceLine.age(OCT_3, LocalDate.of(2026, 10, 4)));
        // 2028 is a leap year: 29 days in February.
        assertEquals("29d ago", EvidenceLine.age(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 3, 1)));
        assertEquals("on 2026-10-03", EvidenceLine.age(OCT_3, LocalDate.of(2026, 10, 1)));
    }

    @Test
    void withoutAProvenViewThereAreNoLines() {
        assertEquals(Map.of(), EvidenceLine.of(plan(), null, Basis.PROVEN));
    }
}
