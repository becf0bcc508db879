package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.analysis.ScenarioAnalyses;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.analysis.ServiceState;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.io.PlanReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The story the two-region sample tells with its scenarios: the EU orders database, restored from a
 * backup in 50 minutes, makes a full rebuild miss the tier-1 hour; designed active-active across
 * both regions, it keeps EU checkout within the hour when eu-west is lost, and without that design
 * the same loss misses: 5m declaration + 50m restore + 3m order service failover + 3m checkout
 * failover = 61m.
 */
class TwoRegionScenariosTest {
    private static final Path SAMPLE = Path.of("assets", "samples", "two-region-commerce.rplan.json");
    private final RecoveryAnalyzer analyzer = new RecoveryAnalyzer();

    private static Plan sample() throws Exception {
        return new PlanReader().read(SAMPLE).plan();
    }

    private static ServiceResult result(Analysis analysis, String id) {
        return analysis.result(id).orElseThrow();
    }

    @Test
    void hasTheFourScenariosBesideTheTotalOne() throws Exception {
        assertEquals(List.of("eu-orders-db-corrupted", "eu-west-lost", "ransomware", "total", "us-east-lost"),
                sample().scenarios().stream().map(Scenario::id).toList());
    }

    @Test
    void theActiveActiveOrdersDatabaseKeepsEuCheckoutWithinTheHourWhenEuWestIsLost() throws Exception {
        Plan plan = sample();
        ScenarioAnalyses all = analyzer.analyzeAll(plan);
        Analysis euWestLost = all.of("eu-west-lost").orElseThrow();

        assertAll(
                () -> assertEquals(RecoveryStrategy.ACTIVE_ACTIVE, plan.service("eu-orders-db").orElseThrow().strategy()),
                () -> assertEquals(ServiceState.UNAFFECTED, result(euWestLost, "eu-orders-db").state()),
                () -> assertEquals(ServiceState.FAILED_OVER, result(euWestLost, "eu-checkout").state()),
                () -> assertEquals(Boolean.TRUE, result(euWestLost, "eu-checkout").rtoMet()),
                () -> assertEquals(0, euWestLost.summary().rtoMisses()),
                () -> assertEquals(Boolean.FALSE, result(all.total(), "eu-orders-db").rtoMet()),
                () -> assertEquals(Boolean.FALSE, result(all.total(), "eu-checkout").rtoMet()));
    }

    @Test
    void withoutItTheSameRegionLossMissesTheHour() throws Exception {
        Plan plan = sample();
        Plan restoredFromBackup = plan.withService(plan.service("eu-orders-db").orElseThrow().toBuilder()
                .strategy(RecoveryStrategy.BACKUP_RESTORE).build());
        Analysis euWestLost = analyzer.analyze(restoredFromBackup, plan.scenario("eu-west-lost").orElseThrow());

        ServiceResult checkout = result(euWestLost, "eu-checkout");
        assertEquals(Duration.ofMinutes(61), checkout.up());
        assertEquals(Boolean.FALSE, checkout.rtoMet());
        assertTrue(euWestLost.findingsFor("eu-checkout").stream().anyMatch(f -> f.message().equals(
                "Checkout (EU) is up at 1h1m, target 1h: declaration 5m → Orders database (EU) 50m → Order service (EU)"
                        + " failover 3m → Checkout (EU) failover 3m")), euWestLost.findingsFor("eu-checkout").toString());
    }

    @Test
    void replicationDoesNotSaveTheOrdersDatabaseFromABadWrite() throws Exception {
        Analysis corrupted = analyzer.analyze(sample(), sample().scenario("eu-orders-db-corrupted").orElseThrow());

        assertEquals(ServiceState.RESTORED, result(corrupted, "eu-orders-db").state());
        assertEquals(List.of("eu-orders-db"), corrupted.findings().stream()
                .filter(f -> f.rule().equals(Finding.RULE_CORRUPTION_UNPROTECTED)).flatMap(f -> f.services().stream())
                .toList());
    }

    @Test
    void ransomwareFoundADayLateTakesEverythingDownAndMissesEveryTarget() throws Exception {
        Plan plan = sample();
        Analysis ransomware = analyzer.analyze(plan, plan.scenario("ransomware").orElseThrow());

        assertTrue(ransomware.results().stream().allMatch(r -> r.state() == ServiceState.RESTORED));
        assertEquals(plan.serviceCount(), ransomware.summary().rtoMisses());
    }
}
