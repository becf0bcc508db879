package com.recoveryworkbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioTest {
    private static final Scenario EU_LOST = Scenario.losing("eu-lost", "eu lost", List.of("eu"), List.of("db", "auth"));

    private static Plan shop() {
        return Plan.empty("Shop")
                .withServices(List.of(Service.builder("db", ServiceKind.DATABASE).region("us").build(),
                        Service.builder("auth", ServiceKind.IDENTITY).build()))
                .withScenario(EU_LOST);
    }

    @Test
    void everyPlanHasTheTotalScenarioAndKeepsScenariosSortedById() {
        Plan plan = shop().withScenario(Scenario.losing("after", "After", List.of("us"), List.of()));

        assertEquals(List.of("after", "eu-lost", "total"), plan.scenarios().stream().map(Scenario::id).toList());
        assertEquals(Scenario.TOTAL, Plan.empty("New").totalScenario());
    }

    @Test
    void theTotalScenarioCanBeRenamedButNotNarrowed() {
        Plan renamed = shop().withScenario(Scenario.TOTAL.withName("Data centre burns"));

        assertEquals("Data centre burns", renamed.totalScenario().name());
        assertEquals(Scenario.TOTAL, renamed.withoutScenario(Scenario.TOTAL_ID).totalScenario());
        assertThrows(IllegalArgumentException.class, () -> Scenario.TOTAL.withRegions(List.of("eu")));
        assertThrows(IllegalArgumentException.class, () -> Scenario.TOTAL.withDataCorruption(true));
        assertThrows(IllegalArgumentException.class, () -> Scenario.TOTAL.withDeclarationDelay(Duration.ZERO));
    }

    @Test
    void regionsAndServicesAreSortedWithoutDuplicatesOrBlanks() {
        Scenario s = Scenario.losing("x", " ", List.of("us", "eu", " us "), List.of("b", "a", "b"));

        assertEquals(List.of("eu", "us"), s.regions());
        assertEquals(List.of("a", "b"), s.services());
        assertEquals("x", s.name());
        assertThrows(IllegalArgumentException.class, () -> s.withRegions(List.of(" ")));
    }

    @Test
    void removingAServiceTakesItOutOfTheScenarios() {
        assertEquals(List.of("db"), shop().withoutServices(List.of("auth")).scenario("eu-lost").orElseThrow()
                .services());
    }

    @Test
    void renamingAServiceIdRenamesItInTheScenarios() {
        Plan plan = shop().withServiceIdChanged("db", "orders-db");

        assertEquals(List.of("auth", "orders-db"), plan.scenario("eu-lost").orElseThrow().services());
    }

    @Test
    void aServiceIsHitByItsRegionOrItsIdAndEverythingIsHitInTotal() {
        Service inEu = Service.builder("web", ServiceKind.APPLICATION).region("eu").build();
        Service named = Service.builder("db", ServiceKind.DATABASE).region("us").build();
        Service elsewhere = Service.builder("mail", ServiceKind.APPLICATION).region("us").build();

        assertTrue(EU_LOST.hits(inEu) && EU_LOST.hits(named) && !EU_LOST.hits(elsewhere));
        assertTrue(Scenario.TOTAL.hits(elsewhere) && Scenario.TOTAL.losesRegion("anywhere"));
    }

    @Test
    void scenariosTakePartInPlanEquality() {
        assertEquals(Plan.empty("Shop"), Plan.empty("Shop").withScenario(Scenario.TOTAL));
        assertFalse(Plan.empty("Shop").equals(Plan.empty("Shop").withScenario(EU_LOST)));
    }

    @Test
    void aScenarioADrillExercisedCannotBeRemovedAndTheMessageNamesTheDrills() {
        Plan drilled = shop().withScenario(EU_LOST.withId("eu-lost-2"))
                .withDrill(new Drill("spring", LocalDate.of(2026, 3, 14), "Spring failover", "eu-lost", "", List.of()))
                .withDrill(new Drill("autumn", LocalDate.of(2026, 9, 2), "", "eu-lost", "", List.of()))
                .withDrill(new Drill("total-run", LocalDate.of(2026, 5, 1), "", Scenario.TOTAL_ID, "", List.of()));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> drilled.withoutScenario("eu-lost"));

        assertEquals("Drills Spring failover, autumn exercised this scenario", refused.getMessage());
        assertTrue(drilled.withoutScenario("eu-lost-2").scenario("eu-lost-2").isEmpty());
        assertEquals(Scenario.TOTAL, drilled.withoutScenario(Scenario.TOTAL_ID).totalScenario());
        assertEquals("Drill autumn exercised this scenario", assertThrows(IllegalArgumentException.class,
                () -> drilled.withDrills(List.of(drilled.drill("autumn").orElseThrow())).withoutScenario("eu-lost"))
                .getMessage());
    }
}
