package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.testplans.PlanBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.recoveryworkbench.analysis.AnalysisAssertions.onlyFinding;
import static com.recoveryworkbench.analysis.AnalysisAssertions.result;
import static com.recoveryworkbench.analysis.AnalysisAssertions.stateAndUp;
import static com.recoveryworkbench.testplans.PlanBuilder.minutes;
import static com.recoveryworkbench.testplans.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The worked examples of docs/recovery-rules.md, number for number, so the page stays true. */
class RecoveryRulesExamplesTest {
    private static final Scenario EU_WEST_LOST = Scenario.losing("eu-west-lost", "eu-west lost", List.of("eu-west"),
            List.of());

    private static PlanBuilder example() {
        return example(DataProtection.asyncReplication(Duration.ofSeconds(30)), null);
    }

    /** The plan of the page, with another protection for Orders DB or an RTO target of Checkout's own. */
    private static PlanBuilder example(DataProtection ordersDbProtection, Duration checkoutRto) {
        return plan()
                .service("orders-db", "Orders DB", 40, b -> b.kind(ServiceKind.DATABASE).tier("tier-1")
                        .region("eu-west").strategy(RecoveryStrategy.WARM_STANDBY).standbyRegion("us-east")
                        .failoverTime(minutes(5)).protection(ordersDbProtection))
                .service("auth", "Auth", 4, b -> b.kind(ServiceKind.IDENTITY).tier("tier-0").region("eu-west")
                        .strategy(RecoveryStrategy.ACTIVE_ACTIVE).standbyRegion("us-east"))
                .service("checkout", "Checkout", 8, b -> b.tier("tier-1").region("us-east").rtoTarget(checkoutRto))
                .service("search", "Search", 10, b -> b.kind(ServiceKind.CACHE).region("eu-west"))
                .service("reporting", "Reporting", 20, b -> b.tier("tier-3").region("us-east"))
                .hard("checkout", "orders-db", "auth").soft("checkout", "search").hard("reporting", "search")
                .declarationDelay(minutes(10));
    }

    private static List<String> states(Analysis analysis) {
        return List.of("orders-db", "auth", "checkout", "search", "reporting").stream()
                .map(id -> stateAndUp(analysis, id)).toList();
    }

    @Test
    void total() {
        assertEquals(List.of("restored 50", "restored 14", "restored 58", "restored 20", "restored 40"),
                states(example().analyze()));
    }

    @Test
    void euWestLost() {
        Analysis analysis = example().analyze(EU_WEST_LOST);

        assertEquals(List.of("failed-over 15", "unaffected 0", "waiting 15", "restored 20", "waiting 20"),
                states(analysis));
        assertEquals(Map.of(1, List.of("orders-db", "search"), 2, List.of("checkout", "reporting")), analysis.waves());
        assertEquals(minutes(15), result(analysis, "auth").slack());
        assertEquals(new RpoEstimate.Bounded(Duration.ofSeconds(30)), result(analysis, "orders-db").achievableRpo());
    }

    @Test
    void euWestAndUsEastLost() {
        Scenario both = Scenario.losing("both", "Both", List.of("eu-west", "us-east"), List.of());

        assertEquals(List.of("restored 50", "restored 14", "restored 58", "restored 20", "restored 40"),
                states(example().analyze(both)));
    }

    @Test
    void euWestLostWithOneRestoreSlot() {
        Analysis analysis = example().capacity(1).analyze(EU_WEST_LOST);

        assertEquals(List.of("failed-over 15", "unaffected 0", "waiting 15", "restored 25", "waiting 25"),
                states(analysis));
        assertEquals(minutes(15), result(analysis, "search").start());
    }

    @Test
    void ransomware() {
        Scenario ransomware = new Scenario("ransomware", "Ransomware", "", List.of("eu-west", "us-east"), List.of(),
                true, Duration.ofDays(2));
        Analysis analysis = example().analyze(ransomware);

        assertEquals(Duration.ofDays(2).plusMinutes(40), result(analysis, "orders-db").up());
        assertEquals(Duration.ofDays(2).plusMinutes(48), result(analysis, "checkout").up());
    }

    @Test
    void ordersDbCorrupted() {
        Scenario corrupted = new Scenario("orders-db-corrupted", "Orders DB corrupted", "", List.of(),
                List.of("orders-db"), true, null);
        Analysis analysis = example().analyze(corrupted);

        assertEquals(List.of("restored 50", "unaffected 0", "waiting 50", "unaffected 0", "unaffected 0"),
                states(analysis));
        assertEquals("Orders DB is protected only by asynchronous replication, which copies the corruption to every"
                + " copy: all its data can be lost, target 15m",
                onlyFinding(analysis, Finding.RULE_CORRUPTION_UNPROTECTED).message());

        Analysis withBackups = example(DataProtection.backup(Duration.ofHours(1), minutes(10)), null)
                .analyze(corrupted);
        assertEquals(new RpoEstimate.Bounded(Duration.ofMinutes(70)), result(withBackups, "orders-db").achievableRpo());
        assertEquals(List.of("orders-db"), onlyFinding(withBackups, Finding.RULE_RPO_MISS).services());
    }

    @Test
    void aMissedTargetInEuWestLost() {
        Finding miss = onlyFinding(example(DataProtection.syncReplication(), minutes(12)).analyze(EU_WEST_LOST),
                Finding.RULE_RTO_MISS);

        assertEquals("Checkout is up at 15m, target 12m: declaration 10m → Orders DB failover 5m → Checkout (waits)",
                miss.message());
        assertEquals("eu-west-lost", miss.scenario());
        assertEquals(Verdict.MEETS, result(example().analyze(EU_WEST_LOST), "checkout").verdict());
    }
}
