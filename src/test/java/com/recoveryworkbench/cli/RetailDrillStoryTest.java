package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.drill.DrillFindings;
import com.recoveryworkbench.analysis.drill.ProvenAnalyzer;
import com.recoveryworkbench.analysis.drill.ProvenResult;
import com.recoveryworkbench.analysis.drill.ProvenView;
import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.model.Plan;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The retail sample's two drills tell the article's lesson: in the autumn drill the legacy order DB
 * took 55m where the plan says 40m and checkout did not come back; after the fix, the re-test brings
 * checkout back, but the order DB still takes 48m, so checkout is proven up at 1h, not the planned 52m.
 */
class RetailDrillStoryTest {
    private final ProvenAnalyzer analyzer = new ProvenAnalyzer();
    private Plan retail;

    @BeforeEach
    void load() throws Exception {
        retail = new PlanReader().read(Path.of("assets", "samples", "retail.rplan.json")).plan();
    }

    @Test
    void theAutumnDrillShowsCheckoutLaterThanPlannedAndFailed() {
        Plan autumnOnly = retail.withDrills(List.of(retail.drill("autumn-restore").orElseThrow()));

        ProvenView view = analyzer.analyze(autumnOnly, LocalDate.of(2026, 10, 10));

        // Planned 40m + 4m + 8m = 52m; proven 55m + 4m + 8m (checkout measured nothing: it failed).
        ProvenResult checkout = view.result("checkout").orElseThrow();
        assertEquals(Duration.ofMinutes(67), checkout.provenUp());
        assertEquals("Checkout is up at 1h7m proven (52m planned): Legacy order DB measured 55m in the 2026-10-03"
                + " drill → Auth measured 4m in the 2026-10-03 drill → Checkout 8m", view.explain("checkout"));
        assertEquals(List.of("checkout"), rule(view, DrillFindings.RULE_FAILED_IN_DRILL));
        assertEquals(List.of("legacy-order-db"), rule(view, DrillFindings.RULE_OPTIMISTIC_PLAN));
    }

    @Test
    void afterTheFixCheckoutRecoversButTheOrderDbStillProvesThePlanOptimistic() {
        ProvenView view = analyzer.analyze(retail, LocalDate.of(2026, 12, 1));

        // 48m + 4m + 8m = 1h against 40m + 4m + 8m = 52m planned; 48m is 20 % over the 40m claimed.
        ProvenResult checkout = view.result("checkout").orElseThrow();
        assertEquals(Duration.ofHours(1), checkout.provenUp());
        assertEquals("order-db-retest", checkout.evidence().drill());
        assertTrue(rule(view, DrillFindings.RULE_FAILED_IN_DRILL).isEmpty());
        assertEquals(List.of("legacy-order-db"), rule(view, DrillFindings.RULE_OPTIMISTIC_PLAN));
    }

    @Test
    void checkProvenOnTheSampleComparesAndNoLongerReportsTheFixedFailure() throws Exception {
        CommandRun run = CommandRun.of("check", "assets/samples/retail.rplan.json", "--proven", "--as-of",
                "2026-12-01");

        // Still 1: checkout's own RTO target of 20m is missed in any view.
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Proven view as of 2026-12-01: each service's latest measured time where a"
                + " drill measured it\nRetail platform\n"), run.out());
        assertTrue(run.out().contains("Proven against planned, as of 2026-12-01"), run.out());
        assertTrue(run.out().contains("\n    Checkout is up at 1h proven (52m planned): Legacy order DB measured 48m"
                + " in the 2026-11-14 drill → Auth measured 4m in the 2026-11-14 drill → Checkout measured 8m in the"
                + " 2026-11-14 drill\n"), run.out());
        assertTrue(run.out().contains("\n    optimistic-plan  Legacy order DB measured 48m in the 2026-11-14 drill"
                + " (order-db-retest), planned 40m, 20 % slower\n"), run.out());
        assertFalse(run.out().contains("failed-in-drill"), run.out());
    }

    private static List<String> rule(ProvenView view, String rule) {
        return view.findings().stream().filter(f -> f.rule().equals(rule)).map(Finding::services)
                .map(s -> s.get(0)).toList();
    }
}
