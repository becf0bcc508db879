package com.recoveryworkbench.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.analysis.cost.DowntimeCosts;
import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.testplans.PricedPlans;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusSummaryTest {
    @Test
    void summaryCountsServicesAndMissesAndShowsTheMakespanAndTheTime() {
        // Web (tier-0, RTO 15m) waits 40m for the database, then takes 5m: up at 45m, a miss.
        // The database (tier-2, RTO 4h, synchronously replicated) is up at 40m and meets its targets.
        Plan plan = Plan.empty("Shop")
                .withServices(List.of(
                        Service.builder("web", ServiceKind.APPLICATION).tier("tier-0")
                                .restoreTime(Duration.ofMinutes(5)).build(),
                        Service.builder("db", ServiceKind.DATABASE).restoreTime(Duration.ofMinutes(40))
                                .protection(DataProtection.syncReplication()).build()))
                .withDependency(Dependency.hard("web", "db"));

        String line = StatusSummary.describe(new RecoveryAnalyzer().analyze(plan), Duration.ofMillis(4));

        assertEquals("2 services · 1 miss · makespan 45m · analysed in 4 ms", line);
    }

    @Test
    void aMissThatIsCertainDespiteAMissingRestoreTimeIsCounted() {
        // Web (tier-0, RTO 15m) has no restore time: counted as 0s, it is up at 40m at the earliest, a miss anyway.
        Plan plan = Plan.empty("Shop")
                .withServices(List.of(
                        Service.builder("web", ServiceKind.APPLICATION).tier("tier-0").build(),
                        Service.builder("db", ServiceKind.DATABASE).restoreTime(Duration.ofMinutes(40))
                                .protection(DataProtection.syncReplication()).build()))
                .withDependency(Dependency.hard("web", "db"));

        String line = StatusSummary.describe(new RecoveryAnalyzer().analyze(plan), null);

        assertEquals("2 services · 1 miss · makespan 40m", line);
    }

    @Test
    void anEmptyPlanHasNoMakespan() {
        String line = StatusSummary.describe(new RecoveryAnalyzer().analyze(Plan.empty("Empty")), Duration.ZERO);

        assertEquals("0 services · 0 misses · analysed in <1 ms", line);
    }

    @Test
    void aScenarioOtherThanTheTotalOneIsNamedFirst() {
        // Only the database is lost: it is restored at 40m; web waits for it, with nothing to restore itself.
        Plan plan = Plan.empty("Shop")
                .withServices(List.of(
                        Service.builder("web", ServiceKind.APPLICATION).tier("tier-0")
                                .restoreTime(Duration.ofMinutes(5)).build(),
                        Service.builder("db", ServiceKind.DATABASE).restoreTime(Duration.ofMinutes(40))
                                .protection(DataProtection.syncReplication()).build()))
                .withDependency(Dependency.hard("web", "db"));
        Scenario dbLost = Scenario.losing("db-lost", "DB lost", List.of(), List.of("db"));

        String line = StatusSummary.describe(new RecoveryAnalyzer().analyze(plan, dbLost), null);

        assertEquals("DB lost: 2 services · 1 miss · makespan 40m", line);
    }

    /** {@link PricedPlans#checkout()}: Checkout misses its RTO, Legacy DB (no data protection) its RPO. */
    @Test
    void aPlanWithRatesShowsTheCostOfTheScenario() {
        Plan plan = PricedPlans.checkout();
        Analysis analysis = new RecoveryAnalyzer().analyze(plan);

        String line = StatusSummary.describe(analysis, DowntimeCosts.of(plan, analysis).orElseThrow(),
                Duration.ofMillis(4));

        assertEquals("4 services · 2 misses · makespan 52m · downtime cost 6,930.00 EUR · analysed in 4 ms", line);
    }

    @Test
    void blockedServicesAreSaidToCountTheHorizon() {
        Plan plan = PricedPlans.checkoutWithACycle();
        Analysis analysis = new RecoveryAnalyzer().analyze(plan);

        String line = StatusSummary.describe(analysis, DowntimeCosts.of(plan, analysis).orElseThrow(), null);

        assertEquals("6 services · 2 misses · makespan 52m · downtime cost 35,730.00 EUR"
                + " (2 blocked services at the horizon)", line);
    }
}
