package com.recoveryworkbench.analysis.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.Verdict;
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
import org.junit.jupiter.api.Test;

/**
 * Drills in a plan diff, on the chain Legacy order DB 40m ← Auth 4m ← Checkout 8m in tier-1 (RTO 1h; a
 * service meeting it with a slack of a fifth of the target or less is at risk). Planned: up at 40m
 * (meets), 44m (meets), 52m (slack 8m: at risk).
 */
class DrillDiffTest {
    private static final LocalDate OCT_3 = LocalDate.of(2026, 10, 3);
    private static final Duration MIN = Duration.ofMinutes(1);

    private final Plan chain = new Plan("retail", "", Settings.DEFAULT, TierPolicy.defaults(), List.of(
            service("legacy-order-db", "Legacy order DB", 40),
            service("auth", "Auth", 4),
            service("checkout", "Checkout", 8)), List.of(
            Dependency.hard("auth", "legacy-order-db"),
            Dependency.hard("checkout", "auth")));

    private static Service service(String id, String name, long minutes) {
        return Service.builder(id, ServiceKind.APPLICATION).name(name).tier("tier-1")
                .restoreTime(Duration.ofMinutes(minutes)).build();
    }

    private DrillResult result(String service, long minutes, String notes) {
        return new DrillResult(service, MIN.multipliedBy(minutes), null, DrillOutcome.RECOVERED,
                ClaimedRecovery.of(chain, service), notes);
    }

    /** The database took 55m, Auth its planned 4m. */
    private Plan drilled() {
        return chain.withDrill(new Drill("autumn", OCT_3, "Autumn test", null, "", List.of(
                result("legacy-order-db", 55, "Tape library was slow"), result("auth", 4, ""))));
    }

    @Test
    void anAddedDrillIsListedWithWhatItChangedInTheProvenView() {
        PlanComparison diff = PlanDiff.compare(chain, drilled());

        assertEquals(List.of("autumn"), diff.drills().added().stream().map(Drill::id).toList());
        // Proven: the database up at 55m (slack 5m: at risk), Auth at 59m (slack 1m: at risk), Checkout
        // at 67m, past its hour: missed. The plan's own times did not change, so neither did its effect.
        assertEquals(List.of(
                new ProvenChange("auth", "Auth", MIN.multipliedBy(44), MIN.multipliedBy(59), Verdict.MEETS,
                        Verdict.AT_RISK),
                new ProvenChange("checkout", "Checkout", MIN.multipliedBy(52), MIN.multipliedBy(67), Verdict.AT_RISK,
                        Verdict.MISSED),
                new ProvenChange("legacy-order-db", "Legacy order DB", MIN.multipliedBy(40), MIN.multipliedBy(55),
                        Verdict.MEETS, Verdict.AT_RISK)), diff.drills().proven());
        assertTrue(diff.effect().isEmpty());
        assertFalse(diff.isIdentical(), "a plan with another drill log is another plan");
        assertFalse(diff.onlyLayoutDiffers());
    }

    @Test
    void aRemovedDrillTakesItsEvidenceOutOfTheProvenView() {
        PlanComparison diff = PlanDiff.compare(drilled(), chain);

        assertEquals(List.of("autumn"), diff.drills().removed().stream().map(Drill::id).toList());
        assertEquals(new ProvenChange("checkout", "Checkout", MIN.multipliedBy(67), MIN.multipliedBy(52),
                Verdict.MISSED, Verdict.AT_RISK), diff.drills().proven().get(1));
    }

    @Test
    void aChangedDrillListsItsChangedFieldsAndResultsByService() {
        Plan before = drilled();
        Drill is = new Drill("autumn", OCT_3.plusDays(1), "Autumn test", null, "Rerun after the fix",
                List.of(result("legacy-order-db", 45, "")));
        PlanComparison diff = PlanDiff.compare(before, chain.withDrill(is));

        assertEquals(List.of(new DrillChange("autumn", "Autumn test", List.of(
                new FieldChange("date", "2026-10-03", "2026-10-04"),
                new FieldChange("notes", null, "Rerun after the fix"),
                new FieldChange("results.auth", "4m, recovered", null),
                new FieldChange("results.legacy-order-db", "55m, recovered", "45m, recovered"),
                new FieldChange("results.legacy-order-db.notes", "Tape library was slow", null)))),
                diff.drills().changed());
        assertTrue(diff.drills().added().isEmpty() && diff.drills().removed().isEmpty());
        // The database at 45m (slack 15m: meets), Auth at 49m (slack 11m: still at risk), Checkout at 57m
        // (slack 3m): from missed to at risk.
        assertEquals(List.of(
                new ProvenChange("auth", "Auth", MIN.multipliedBy(59), MIN.multipliedBy(49), Verdict.AT_RISK,
                        Verdict.AT_RISK),
                new ProvenChange("checkout", "Checkout", MIN.multipliedBy(67), MIN.multipliedBy(57), Verdict.MISSED,
                        Verdict.AT_RISK),
                new ProvenChange("legacy-order-db", "Legacy order DB", MIN.multipliedBy(55), MIN.multipliedBy(45),
                        Verdict.AT_RISK, Verdict.MEETS)), diff.drills().proven());
    }

    @Test
    void aPlanEditShowsInTheProvenViewOfServicesNoDrillMeasured() {
        // Checkout was never measured: its planned 8m becomes 10m, in the plan and in the proven view alike
        // (59m + 10m = 69m, still missed); the measured database and Auth do not move.
        Plan before = drilled();
        Plan after = before.withService(service("checkout", "Checkout", 10));

        DrillLogChange drills = PlanDiff.compare(before, after).drills();

        assertTrue(drills.sameLog());
        assertEquals(List.of(new ProvenChange("checkout", "Checkout", MIN.multipliedBy(67), MIN.multipliedBy(69),
                Verdict.MISSED, Verdict.MISSED)), drills.proven());
    }

    @Test
    void withoutDrillsInEitherVersionThereIsNoProvenView() {
        Plan slower = chain.withService(service("auth", "Auth", 9));

        DrillLogChange drills = PlanDiff.compare(chain, slower).drills();

        assertTrue(drills.isEmpty());
    }
}
