package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.testplans.PlanBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.recoveryworkbench.analysis.AnalysisAssertions.findings;
import static com.recoveryworkbench.analysis.AnalysisAssertions.onlyFinding;
import static com.recoveryworkbench.analysis.AnalysisAssertions.result;
import static com.recoveryworkbench.testplans.PlanBuilder.minutes;
import static com.recoveryworkbench.testplans.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rule 7: targets apply in every scenario, and every finding says which scenario it belongs to. */
class ScenarioFindingsTest {
    private static final Scenario EU_LOST = Scenario.losing("eu-lost", "eu lost", List.of("eu"), List.of());

    /** Ledger (eu, tier-1, RTO 1h) fails over in 5m; Checkout (us, RTO 20m) waits for it; declaration 25m. */
    private static PlanBuilder shop() {
        return plan()
                .service("ledger", "Ledger", 90, b -> b.tier("tier-1").region("eu")
                        .strategy(RecoveryStrategy.WARM_STANDBY).standbyRegion("us").failoverTime(minutes(5)))
                .service("checkout", "Checkout", 8, b -> b.region("us").rtoTarget(minutes(20)))
                .service("orphan", "Orphan", 1, b -> b.region("eu").tier("gold"))
                .hard("checkout", "ledger")
                .declarationDelay(minutes(25));
    }

    @Test
    void anRtoMissNamesTheFailoverAndTheWaitOnItsChain() {
        Finding miss = onlyFinding(shop().analyze(EU_LOST), Finding.RULE_RTO_MISS);

        // 25 + 5 = 30 > 20: the tier's target applies in the scenario as everywhere.
        assertEquals("Checkout is up at 30m, target 20m: declaration 25m → Ledger failover 5m → Checkout (waits)",
                miss.message());
        assertEquals(List.of("checkout", "ledger"), miss.services());
    }

    @Test
    void everyFindingNamesItsScenario() {
        Analysis analysis = shop().analyze(EU_LOST);

        assertTrue(analysis.findings().size() >= 2, analysis.findings()::toString);
        assertTrue(analysis.findings().stream().allMatch(f -> f.scenario().equals("eu-lost")),
                analysis.findings()::toString);
        assertEquals(List.of("orphan"), onlyFinding(analysis, Finding.RULE_UNKNOWN_TIER).services());
        assertTrue(shop().analyze().findings().stream().allMatch(f -> f.scenario().equals(Scenario.TOTAL_ID)));
    }

    @Test
    void aFailoverWithoutATimeIsIncompleteAndCountsAsZero() {
        Analysis analysis = plan()
                .service("ledger", "Ledger", 90, b -> b.tier("tier-1").region("eu")
                        .strategy(RecoveryStrategy.PILOT_LIGHT).standbyRegion("us"))
                .analyze(EU_LOST);

        assertEquals(Verdict.INCOMPLETE, result(analysis, "ledger").verdict());
        assertEquals(minutes(0), result(analysis, "ledger").up());
        Finding missing = onlyFinding(analysis, Finding.RULE_MISSING_FAILOVER_TIME);
        assertEquals(Severity.WARNING, missing.severity());
        assertEquals("Ledger fails over to us but has no failover time. It is counted as 0s, so its up time and"
                + " those of the services that depend on it may be optimistic.", missing.message());
    }

    @Test
    void aMissingRestoreTimeMattersOnlyWhereTheServiceIsRestored() {
        PlanBuilder plan = plan()
                .service("ledger", "Ledger", 90, b -> b.region("eu"))
                .service(Service.builder("mail", ServiceKind.APPLICATION).region("us"));

        assertEquals(List.of("mail"), onlyFinding(plan.analyze(), Finding.RULE_MISSING_RESTORE_TIME).services());
        assertTrue(findings(plan.analyze(EU_LOST), Finding.RULE_MISSING_RESTORE_TIME).isEmpty());
        assertEquals(Verdict.UNAFFECTED, result(plan.analyze(EU_LOST), "mail").verdict());
    }
}
