package com.recoveryworkbench.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.TierPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanFactsTest {
    private static String facts(Plan plan) {
        return PlanFacts.render(plan, new RecoveryAnalyzer().analyze(plan));
    }

    @Test
    void everyServiceShowsItsFieldsWhatItNeedsAndItsRecovery() {
        // One tier (RTO 30m). DB 20m, then Web 15m after it: Web up at 35m, 5m late.
        Plan plan = Plan.empty("Shop")
                .withTiers(List.of(new TierPolicy("tier-1", "Critical", Duration.ofMinutes(30), Duration.ofMinutes(15),
                        null, "#ef8a62")))
                .withServices(List.of(
                        Service.builder("db", ServiceKind.DATABASE).tier("tier-1").restoreTime(Duration.ofMinutes(20))
                                .stateful(false).notes("line one\nline two").build(),
                        Service.builder("web", ServiceKind.APPLICATION).name("Web").tier("tier-1")
                                .restoreTime(Duration.ofMinutes(15)).owner("Shop team").position(300, 40).build()))
                .withDependency(Dependency.hard("web", "db"));

        assertEquals("""
                plan: Shop
                  declarationDelay: 0s
                  restoreCapacity: unlimited
                  makespan: 35m
                tier tier-1
                  name: Critical
                  rtoTarget: 30m
                  rpoTarget: 15m
                  color: #ef8a62
                service db
                  name: db
                  kind: database
                  tier: tier-1
                  restoreTime: 20m
                  stateful: no
                  protection: none
                  notes: line one\\nline two
                  recovery: wave 1, up 20m / RTO 30m, OK
                service web
                  name: Web
                  kind: application
                  tier: tier-1
                  restoreTime: 15m
                  protection: none
                  owner: Shop team
                  needs: db (hard)
                  recovery: wave 2, up 35m / RTO 30m, MISS
                findings
                  rto-miss (error) web: Web is up at 35m, target 30m: db 20m → Web 15m
                """, facts(plan));
    }

    @Test
    void aMissWithOtherFiguresKeepsItsLineStartSoALineDiffShowsItChanged() {
        Plan slow = Plan.empty("Shop").withService(Service.builder("web", ServiceKind.APPLICATION).name("Web")
                .tier("tier-0").restoreTime(Duration.ofMinutes(40)).build());
        Plan faster = slow.withService(slow.service("web").orElseThrow().toBuilder()
                .restoreTime(Duration.ofMinutes(30)).build());

        // tier-0's RTO is 15m: 40m and 30m both miss. The same subject starts both lines.
        assertEquals("  rto-miss (error) web: Web is up at 40m, target 15m: Web 40m", facts(slow).lines()
                .filter(line -> line.contains("rto-miss")).findFirst().orElseThrow());
        assertEquals("  rto-miss (error) web: Web is up at 30m, target 15m: Web 30m", facts(faster).lines()
                .filter(line -> line.contains("rto-miss")).findFirst().orElseThrow());
    }

    @Test
    void movingACardChangesNothing() {
        Plan plan = Plan.empty("Shop").withService(Service.builder("web", ServiceKind.APPLICATION).build());
        Plan moved = plan.withService(plan.service("web").orElseThrow().toBuilder().position(500, 500).build());

        assertEquals(facts(plan), facts(moved));
    }

    @Test
    void scenariosOtherThanTheTotalOneAreListedWithTheirFields() {
        Plan plan = Plan.empty("Shop").withService(Service.builder("web", ServiceKind.APPLICATION).region("eu").build())
                .withScenario(new Scenario("eu-lost", "eu lost", "", List.of("eu"), List.of("web"), true,
                        Duration.ofHours(2)));

        String facts = facts(plan);

        assertTrue(facts.contains("""
                scenario eu-lost
                  name: eu lost
                  regions: eu
                  services: web
                  dataCorruption: yes
                  declarationDelay: 2h
                """), facts);
        assertFalse(facts.contains("scenario total"), facts);
    }
}
