package com.recoveryworkbench.io.export;

import static com.recoveryworkbench.testplans.DrilledPlans.EU_LOST;
import static com.recoveryworkbench.testplans.DrilledPlans.orders;
import static com.recoveryworkbench.testplans.DrilledPlans.regionDrill;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.analysis.drill.Basis;
import com.recoveryworkbench.analysis.drill.ProvenAnalyzer;
import com.recoveryworkbench.model.Plan;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cards and runbooks put a measured failover beside the planned failover time, a measured restore
 * beside the restore time. On {@code DrilledPlans.orders()} after its eu region drill: Orders DB failed
 * over in 15m (plan: failover 10m, restore 40m), Orders was restored in 9m (plan 8m).
 */
class FailoverEvidenceWordingTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    private final Plan plan = regionDrill(orders());

    @Test
    void theCardLineComparesAMeasuredFailoverWithTheFailoverTime() {
        Map<String, String> lines = EvidenceLine.of(plan, new ProvenAnalyzer().analyze(plan, AS_OF), Basis.PROVEN);

        assertEquals(Map.of("orders-db", "failover 15m, plan 10m", "orders", "measured 9m, plan 8m"), lines);
    }

    @Test
    void theRunbookOfTheRegionLossGivesThePlannedFailoverBesideTheMeasuredOne() {
        String runbook = MarkdownRunbook.render(plan,
                new RecoveryAnalyzer().analyze(plan, plan.scenario(EU_LOST).orElseThrow()), AS_OF);

        assertTrue(runbook.contains("**Orders DB** — owner: -\n"
                + "  - failover to us: planned failover 10m · measured 15m on 2026-11-21\n"), runbook);
        assertTrue(runbook.contains("**Orders** — owner: -\n"
                + "  - restore time: planned 8m · measured 9m on 2026-11-21\n"), runbook);
    }

    @Test
    void theHtmlRunbookPutsTheMeasuredFailoverBesideTheFailoverStep() {
        String html = HtmlRunbook.render(plan,
                new RecoveryAnalyzer().analyze(plan, plan.scenario(EU_LOST).orElseThrow()), AS_OF);

        assertTrue(html.contains("<td>Orders DB</td><td>-</td><td>failover to us: 10m</td>"
                + "<td>measured 15m on 2026-11-21</td>"), html);
    }

    @Test
    void theTotalRunbookDoesNotPassAFailoverOffAsARestore() {
        String runbook = MarkdownRunbook.render(plan, new RecoveryAnalyzer().analyze(plan), AS_OF);

        assertTrue(runbook.contains("**Orders DB** — owner: -\n"
                + "  - restore time: planned 40m · restore never drilled\n"), runbook);
    }
}
