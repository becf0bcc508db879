package com.recoveryworkbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrillLogTest {
    private static final LocalDate DAY = LocalDate.of(2026, 10, 3);

    private static Plan plan() {
        return new Plan("p", "", Settings.DEFAULT, TierPolicy.defaults(), List.of(
                Service.builder("db", ServiceKind.DATABASE).restoreTime(Duration.ofMinutes(40)).build(),
                Service.builder("app", ServiceKind.APPLICATION).restoreTime(Duration.ofMinutes(8)).build()),
                List.of(Dependency.hard("app", "db")));
    }

    private static Drill drill(String id, LocalDate date, Plan plan, String... services) {
        return new Drill(id, date, null, null, null, List.of(services).stream().map(s -> new DrillResult(s,
                Duration.ofMinutes(5), null, DrillOutcome.RECOVERED, ClaimedRecovery.of(plan, s), null)).toList());
    }

    @Test
    void theLogIsSortedByDateThenId() {
        Plan plan = plan();
        plan = plan.withDrills(List.of(drill("b", DAY, plan), drill("z", DAY.minusDays(1), plan), drill("a", DAY, plan)));

        assertEquals(List.of("z", "a", "b"), plan.drills().stream().map(Drill::id).toList());
    }

    @Test
    void aDrillWithoutNameOrScenarioIsNamedByItsIdAndExercisedEverythingLost() {
        Drill drill = drill("oct", DAY, plan());

        assertEquals("oct", drill.name());
        assertEquals("total", drill.scenario());
        assertEquals("", drill.notes());
    }

    @Test
    void refusesTwoDrillsWithOneIdAndTwoResultsForOneService() {
        Plan plan = plan();
        assertThrows(IllegalArgumentException.class, () -> plan.withDrills(List.of(drill("a", DAY, plan),
                drill("a", DAY.plusDays(1), plan))));
        assertThrows(IllegalArgumentException.class, () -> drill("a", DAY, plan, "db", "db"));
    }

    @Test
    void refusesAZeroMeasuredTime() {
        assertThrows(IllegalArgumentException.class, () -> new DrillResult("db", Duration.ZERO, null,
                DrillOutcome.RECOVERED, new ClaimedRecovery(null, null, List.of()), ""));
    }

    @Test
    void removingAServiceRemovesItsResults() {
        Plan plan = plan();
        plan = plan.withDrill(drill("oct", DAY, plan, "app", "db")).withoutServices(List.of("db"));

        assertEquals(List.of("app"), plan.drills().get(0).results().stream().map(DrillResult::service).toList());
    }

    @Test
    void renamingAServiceIdRenamesItsResultsAndTheClaimedDependencies() {
        Plan plan = plan();
        plan = plan.withDrill(drill("oct", DAY, plan, "app", "db")).withServiceIdChanged("db", "orders-db");

        Drill drill = plan.drills().get(0);
        assertEquals(List.of("app", "orders-db"), drill.results().stream().map(DrillResult::service).toList());
        assertEquals(List.of("orders-db"), drill.result("app").orElseThrow().claimed().hardDependencies());
    }

    @Test
    void whatThePlanClaimsIsItsRestoreTimeStrategyAndHardDependencies() {
        Plan plan = plan().withDependency(Dependency.soft("app", "cache"));

        assertEquals(new ClaimedRecovery(Duration.ofMinutes(8), null, List.of("db")), ClaimedRecovery.of(plan, "app"));
    }

    @Test
    void plansWithDifferentDrillLogsDiffer() {
        Plan plan = plan();
        assertEquals(plan, plan());
        assertNotEquals(plan, plan.withDrill(drill("oct", DAY, plan, "db")));
    }
}
