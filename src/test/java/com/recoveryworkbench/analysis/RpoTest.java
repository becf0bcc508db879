package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.ServiceKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.recoveryworkbench.analysis.AnalysisAssertions.findings;
import static com.recoveryworkbench.analysis.AnalysisAssertions.onlyFinding;
import static com.recoveryworkbench.analysis.AnalysisAssertions.result;
import static com.recoveryworkbench.testplans.PlanBuilder.minutes;
import static com.recoveryworkbench.testplans.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Orders DB is a tier-1 database: RPO target 15m. */
class RpoTest {

    private static Analysis ordersDb(DataProtection protection) {
        return plan().service("orders-db", "Orders DB", 10, b -> b.kind(ServiceKind.DATABASE).tier("tier-1")
                .protection(protection)).analyze();
    }

    private static ServiceResult orders(Analysis analysis) {
        return result(analysis, "orders-db");
    }

    @Test
    void statelessServiceHasNoRpo() {
        Analysis analysis = plan().service("web", "Web", 5, b -> b.tier("tier-1")).analyze();

        assertEquals(new RpoEstimate.NotApplicable(), result(analysis, "web").achievableRpo());
        assertNull(result(analysis, "web").rpoMet());
        assertTrue(findings(analysis, Finding.RULE_RPO_MISS).isEmpty());
    }

    @Test
    void statefulSettingOverridesTheKind() {
        Analysis analysis = plan()
                .service("cache", "Cache", 5, b -> b.kind(ServiceKind.DATABASE).stateful(false))
                .service("app", "App", 5, b -> b.stateful(true).protection(DataProtection.syncReplication()))
                .analyze();

        assertEquals(new RpoEstimate.NotApplicable(), result(analysis, "cache").achievableRpo());
        assertEquals(new RpoEstimate.Bounded(Duration.ZERO), result(analysis, "app").achievableRpo());
    }

    @Test
    void noProtectionLosesEverything() {
        Analysis analysis = ordersDb(DataProtection.NONE);

        assertEquals(new RpoEstimate.Unbounded(), orders(analysis).achievableRpo());
        assertEquals(false, orders(analysis).rpoMet());
        Finding miss = onlyFinding(analysis, Finding.RULE_RPO_MISS);
        assertEquals(Severity.ERROR, miss.severity());
        assertEquals(java.util.List.of("orders-db"), miss.services());
        assertEquals("Orders DB can lose all data since its last copy: no data protection, target 15m", miss.message());
    }

    @Test
    void backupLosesUpToItsIntervalPlusItsTimeToComplete() {
        Analysis analysis = ordersDb(DataProtection.backup(minutes(60), minutes(10)));

        assertEquals(new RpoEstimate.Bounded(minutes(70)), orders(analysis).achievableRpo());
        assertEquals(false, orders(analysis).rpoMet());
        assertEquals("Orders DB can lose up to 1h10m of data (backup every 1h, 10m to complete), target 15m",
                onlyFinding(analysis, Finding.RULE_RPO_MISS).message());
    }

    @Test
    void snapshotWithinTheTargetMeetsIt() {
        Analysis analysis = ordersDb(DataProtection.snapshot(minutes(10), minutes(5)));

        assertEquals(new RpoEstimate.Bounded(minutes(15)), orders(analysis).achievableRpo());
        assertEquals(true, orders(analysis).rpoMet());
        assertTrue(findings(analysis, Finding.RULE_RPO_MISS).isEmpty());
    }

    @Test
    void unknownTransferTimeCountsAsZero() {
        Analysis analysis = ordersDb(DataProtection.snapshot(minutes(20), null));

        assertEquals(new RpoEstimate.Bounded(minutes(20)), orders(analysis).achievableRpo());
        assertEquals("Orders DB can lose up to 20m of data (snapshot every 20m), target 15m",
                onlyFinding(analysis, Finding.RULE_RPO_MISS).message());
    }

    @Test
    void unknownBackupIntervalIsUnbounded() {
        Analysis analysis = ordersDb(DataProtection.backup(null, minutes(10)));

        assertEquals(new RpoEstimate.Unbounded(), orders(analysis).achievableRpo());
        assertEquals("Orders DB can lose all data since its last copy: backup with an unknown interval, target 15m",
                onlyFinding(analysis, Finding.RULE_RPO_MISS).message());
    }

    @Test
    void asynchronousReplicationLosesItsLag() {
        Analysis met = ordersDb(DataProtection.asyncReplication(Duration.ofSeconds(30)));
        Analysis missed = ordersDb(DataProtection.asyncReplication(minutes(20)));

        assertEquals(new RpoEstimate.Bounded(Duration.ofSeconds(30)), orders(met).achievableRpo());
        assertEquals(true, orders(met).rpoMet());
        assertEquals("Orders DB can lose up to 20m of data (asynchronous replication, lag 20m), target 15m",
                onlyFinding(missed, Finding.RULE_RPO_MISS).message());
    }

    @Test
    void asynchronousReplicationWithUnknownLagIsUnbounded() {
        Analysis analysis = ordersDb(DataProtection.asyncReplication(null));

        assertEquals(new RpoEstimate.Unbounded(), orders(analysis).achievableRpo());
        assertEquals(false, orders(analysis).rpoMet());
    }

    @Test
    void synchronousReplicationLosesNothing() {
        Analysis analysis = ordersDb(DataProtection.syncReplication());

        assertEquals(new RpoEstimate.Bounded(Duration.ZERO), orders(analysis).achievableRpo());
        assertEquals(true, orders(analysis).rpoMet());
    }

    @Test
    void noRpoTargetLeavesNothingToCompare() {
        Analysis analysis = plan().service("db", "DB", 5, b -> b.kind(ServiceKind.DATABASE).tier("gold")
                .rtoTarget(minutes(60))).analyze();

        assertEquals(new RpoEstimate.Unbounded(), result(analysis, "db").achievableRpo());
        assertNull(result(analysis, "db").rpoMet());
        assertEquals(Verdict.MEETS, result(analysis, "db").verdict());
    }

    @Test
    void blockedServiceStillHasItsRpoJudged() {
        Analysis analysis = plan().service("db", "DB", 5, b -> b.kind(ServiceKind.DATABASE))
                .hard("db", "db").analyze();

        assertEquals(false, result(analysis, "db").rpoMet());
        assertEquals(Verdict.BLOCKED, result(analysis, "db").verdict());
        assertEquals(1, findings(analysis, Finding.RULE_RPO_MISS).size());
    }
}
