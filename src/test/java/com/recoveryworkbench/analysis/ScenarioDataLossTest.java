package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.testplans.PlanBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.recoveryworkbench.analysis.AnalysisAssertions.findings;
import static com.recoveryworkbench.analysis.AnalysisAssertions.onlyFinding;
import static com.recoveryworkbench.analysis.AnalysisAssertions.result;
import static com.recoveryworkbench.testplans.PlanBuilder.losingRegions;
import static com.recoveryworkbench.testplans.PlanBuilder.minutes;
import static com.recoveryworkbench.testplans.PlanBuilder.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rule 6: how much data a service loses in a scenario. Every database here is in tier-1 (RPO target
 * 15m) and runs in eu; the scenarios lose eu.
 */
class ScenarioDataLossTest {
    private static final Scenario EU_LOST = losingRegions("eu");
    private static final Scenario EU_CORRUPTED = losingRegions("eu").withDataCorruption(true);

    private static PlanBuilder database(DataProtection protection, RecoveryStrategy strategy) {
        return plan().service("orders", "Orders DB", 30, b -> b.kind(ServiceKind.DATABASE).tier("tier-1")
                .region("eu").protection(protection).strategy(strategy).standbyRegion("us")
                .failoverTime(minutes(2)));
    }

    private static RpoEstimate loss(Analysis analysis) {
        return result(analysis, "orders").achievableRpo();
    }

    private static RpoEstimate bounded(Duration loss) {
        return new RpoEstimate.Bounded(loss);
    }

    @Test
    void aFailoverLosesWhatReplicationHasNotCopiedYet() {
        assertEquals(bounded(Duration.ZERO), loss(database(DataProtection.syncReplication(),
                RecoveryStrategy.WARM_STANDBY).analyze(EU_LOST)));
        assertEquals(bounded(Duration.ofSeconds(30)), loss(database(DataProtection.asyncReplication(
                Duration.ofSeconds(30)), RecoveryStrategy.WARM_STANDBY).analyze(EU_LOST)));
    }

    @Test
    void aStandbyWithoutReplicationLosesWhatItsBackupsMiss() {
        // Backup every 10m taking 3m: 13m, within the 15m target.
        Analysis analysis = database(DataProtection.backup(minutes(10), minutes(3)), RecoveryStrategy.PILOT_LIGHT)
                .analyze(EU_LOST);

        assertEquals(ServiceState.FAILED_OVER, result(analysis, "orders").state());
        assertEquals(bounded(minutes(13)), loss(analysis));
        assertEquals(Boolean.TRUE, result(analysis, "orders").rpoMet());
    }

    @Test
    void aRestoreLosesTheBackupIntervalPlusTheTimeABackupTakes() {
        Analysis analysis = database(DataProtection.snapshot(minutes(15), minutes(5)), null).analyze(EU_LOST);

        assertEquals(ServiceState.RESTORED, result(analysis, "orders").state());
        assertEquals(bounded(minutes(20)), loss(analysis));
        assertEquals(Verdict.MISSED, result(analysis, "orders").verdict());
        assertEquals("Orders DB can lose up to 20m of data (snapshot every 15m, 5m to complete), target 15m",
                onlyFinding(analysis, Finding.RULE_RPO_MISS).message());
    }

    @Test
    void underDataCorruptionBackupsStillCount() {
        Analysis analysis = database(DataProtection.backup(minutes(10), minutes(3)), RecoveryStrategy.WARM_STANDBY)
                .analyze(EU_CORRUPTED);

        assertEquals(ServiceState.RESTORED, result(analysis, "orders").state());
        assertEquals(bounded(minutes(13)), loss(analysis));
    }

    @Test
    void underDataCorruptionReplicationProtectsNothing() {
        Analysis analysis = database(DataProtection.syncReplication(), RecoveryStrategy.ACTIVE_ACTIVE)
                .analyze(EU_CORRUPTED);

        assertEquals(new RpoEstimate.Unbounded(), loss(analysis));
        assertEquals(Verdict.MISSED, result(analysis, "orders").verdict());
        Finding finding = onlyFinding(analysis, Finding.RULE_CORRUPTION_UNPROTECTED);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("Orders DB is protected only by synchronous replication, which copies the corruption to every"
                + " copy: all its data can be lost, target 15m", finding.message());
        assertTrue(findings(analysis, Finding.RULE_RPO_MISS).isEmpty(), "one finding for one miss");
    }

    @Test
    void aServiceThatOnlyWaitsLosesNothing() {
        // Sessions (us, async replication with an unknown lag) would be an unbounded loss if it were hit.
        Analysis analysis = database(DataProtection.backup(minutes(10), minutes(3)), null)
                .service("sessions", "Sessions", 5, b -> b.kind(ServiceKind.DATABASE).tier("tier-1").region("us")
                        .protection(DataProtection.asyncReplication(null)))
                .hard("sessions", "orders")
                .analyze(EU_CORRUPTED);

        assertEquals(ServiceState.WAITING, result(analysis, "sessions").state());
        assertEquals(bounded(Duration.ZERO), result(analysis, "sessions").achievableRpo());
        assertEquals(Boolean.TRUE, result(analysis, "sessions").rpoMet());
        assertTrue(findings(analysis, Finding.RULE_RPO_MISS).isEmpty());
    }
}
