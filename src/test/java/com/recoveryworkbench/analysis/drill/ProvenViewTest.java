package com.recoveryworkbench.analysis.drill;

import static com.recoveryworkbench.analysis.drill.DrillPlans.OCT_3;
import static com.recoveryworkbench.analysis.drill.DrillPlans.chain;
import static com.recoveryworkbench.analysis.drill.DrillPlans.drill;
import static com.recoveryworkbench.analysis.drill.DrillPlans.recovered;
import static com.recoveryworkbench.analysis.drill.DrillPlans.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProvenViewTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 10, 10);
    private final ProvenAnalyzer analyzer = new ProvenAnalyzer();

    @Test
    void aSlowMeasuredDatabaseDelaysEverythingThatWaitsForIt() {
        Plan plan = chain();
        plan = plan.withDrill(drill("oct", OCT_3, recovered(plan, "legacy-order-db", 55)));

        ProvenView view = analyzer.analyze(plan, AS_OF);

        // Planned 40 → 44 → 52; proven 55 → 59 → 67.
        ProvenResult checkout = view.result("checkout").orElseThrow();
        assertEquals(Duration.ofMinutes(52), checkout.plannedUp());
        assertEquals(Duration.ofMinutes(67), checkout.provenUp());
        assertEquals(Duration.ofMinutes(15), checkout.difference().orElseThrow());
        assertNull(checkout.evidence(), "checkout itself was not drilled");
        assertEquals(Duration.ofMinutes(59), view.result("auth").orElseThrow().provenUp());
        assertEquals("Checkout is up at 1h7m proven (52m planned): Legacy order DB measured 55m in the 2026-10-03"
                + " drill → Auth 4m → Checkout 8m", view.explain("checkout"));
    }

    @Test
    void theEvidenceNamesTheDrillItsDateMeasurementAndOutcome() {
        Plan plan = chain();
        plan = plan.withDrill(drill("oct", OCT_3, recovered(plan, "legacy-order-db", 55)));

        Evidence evidence = analyzer.analyze(plan, AS_OF).result("legacy-order-db").orElseThrow().evidence();

        assertEquals("oct", evidence.drill());
        assertEquals(OCT_3, evidence.date());
        assertEquals(Duration.ofMinutes(55), evidence.measured());
        assertEquals(DrillOutcome.RECOVERED, evidence.outcome());
    }

    @Test
    void theProvenVerdictsJudgeTheMeasuredTimes() {
        Plan plan = chain();
        // Tier-1's RTO is 1h: 52m planned meets it, 67m proven misses it.
        plan = plan.withDrill(drill("oct", OCT_3, recovered(plan, "legacy-order-db", 55)));

        ProvenView view = analyzer.analyze(plan, AS_OF);

        assertTrue(view.planned().result("checkout").orElseThrow().rtoMet());
        assertFalse(view.proven().result("checkout").orElseThrow().rtoMet());
        assertEquals(Verdict.MISSED, view.proven().result("checkout").orElseThrow().verdict());
    }

    @Test
    void theLatestDrillWinsAndSameDayDrillsAreOrderedById() {
        Plan plan = chain();
        plan = plan.withDrill(drill("a-first", OCT_3, recovered(plan, "legacy-order-db", 55)))
                .withDrill(drill("b-second", OCT_3, recovered(plan, "legacy-order-db", 50)))
                .withDrill(drill("earlier", OCT_3.minusDays(30), recovered(plan, "legacy-order-db", 70)));

        ProvenResult db = analyzer.analyze(plan, AS_OF).result("legacy-order-db").orElseThrow();

        assertEquals("b-second", db.evidence().drill());
        assertEquals(Duration.ofMinutes(50), db.provenUp());
    }

    @Test
    void aFailedRestoreWithoutMeasurementKeepsThePlannedTime() {
        Plan plan = chain();
        plan = plan.withDrill(drill("oct", OCT_3, result(plan, "auth", null, DrillOutcome.FAILED)));

        ProvenView view = analyzer.analyze(plan, AS_OF);
        ProvenResult auth = view.result("auth").orElseThrow();

        assertEquals(Duration.ofMinutes(44), auth.provenUp());
        assertEquals(DrillOutcome.FAILED, auth.evidence().outcome());
        assertEquals("Auth is up at 44m proven (44m planned): Legacy order DB 40m → Auth 4m", view.explain("auth"));
    }

    @Test
    void theDeclarationDelayOpensTheExplanation() {
        Plan plan = chain();
        plan = plan.withSettings(plan.settings().withDeclarationDelay(Duration.ofMinutes(10)))
                .withDrill(drill("oct", OCT_3, recovered(plan, "auth", 6)));

        ProvenView view = analyzer.analyze(plan, AS_OF);
        ProvenResult auth = view.result("auth").orElseThrow();

        assertEquals("Auth is up at 56m proven (54m planned): declaration 10m → Legacy order DB 40m → Auth measured"
                + " 6m in the 2026-10-03 drill", view.explain("auth"));
    }

    @Test
    void aBlockedServiceHasNoUpTimesDifferenceOrExplanation() {
        Plan plan = chain().withService(Service.builder("loop", ServiceKind.APPLICATION).tier("tier-1")
                .restoreTime(Duration.ofMinutes(1)).build())
                .withDependency(com.recoveryworkbench.model.Dependency.hard("loop", "loop"));

        ProvenView view = analyzer.analyze(plan, AS_OF);
        ProvenResult loop = view.result("loop").orElseThrow();

        assertNull(loop.provenUp());
        assertTrue(loop.difference().isEmpty());
        assertEquals("", view.explain("loop"));
    }

    @Test
    void resultsComeOnePerServiceInIdOrder() {
        ProvenView view = analyzer.analyze(chain(), AS_OF);

        assertEquals(java.util.List.of("auth", "checkout", "legacy-order-db"),
                view.results().stream().map(ProvenResult::id).toList());
        assertEquals(AS_OF, view.asOf());
    }
}
