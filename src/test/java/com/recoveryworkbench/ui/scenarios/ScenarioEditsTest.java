package com.recoveryworkbench.ui.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.testplans.TestPlans;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioEditsTest {
    private static Plan twoRegions() {
        Plan plan = TestPlans.checkout();
        return plan.withServices(plan.services().stream().map(s -> s.toBuilder()
                .region(s.id().equals("legacy-db") ? "us-east" : "eu-west").build()).toList());
    }

    @Test
    void losingARegionMakesAScenarioNamedForItWithAFreeId() {
        ScenarioEdits.Added first = ScenarioEdits.losingRegion(twoRegions(), "eu-west");
        ScenarioEdits.Added second = ScenarioEdits.losingRegion(first.plan(), "eu-west");

        assertEquals("eu-west-lost", first.id());
        Scenario scenario = first.plan().scenario("eu-west-lost").orElseThrow();
        assertEquals("eu-west lost", scenario.name());
        assertEquals(List.of("eu-west"), scenario.regions());
        assertEquals(List.of(), scenario.services());
        assertEquals("eu-west-lost-2", second.id());
    }

    @Test
    void losingAServiceMakesAScenarioNamedForTheService() {
        ScenarioEdits.Added added = ScenarioEdits.losingService(twoRegions(), "legacy-db");

        Scenario scenario = added.plan().scenario(added.id()).orElseThrow();
        assertEquals("legacy-db-lost", added.id());
        assertEquals("Legacy DB lost", scenario.name());
        assertEquals(List.of("legacy-db"), scenario.services());
    }

    @Test
    void aNewScenarioLosesNothingYet() {
        ScenarioEdits.Added added = ScenarioEdits.add(twoRegions());
        ScenarioEdits.Added another = ScenarioEdits.add(added.plan());

        assertEquals("scenario", added.id());
        assertEquals("scenario-2", another.id());
        Scenario scenario = added.plan().scenario("scenario").orElseThrow();
        assertEquals("New scenario", scenario.name());
        assertTrue(scenario.regions().isEmpty() && scenario.services().isEmpty() && !scenario.dataCorruption());
    }

    @Test
    void aCopyOfTheTotalScenarioLosesEveryServiceByNameAndGivesTheSameUpTimes() {
        Plan plan = twoRegions();
        ScenarioEdits.Added copy = ScenarioEdits.duplicate(plan, Scenario.TOTAL_ID);

        Scenario scenario = copy.plan().scenario(copy.id()).orElseThrow();
        assertEquals("total-copy", copy.id());
        assertEquals("Everything lost (copy)", scenario.name());
        assertEquals(List.of("auth", "catalog", "checkout", "legacy-db"), scenario.services());
        var analyses = new RecoveryAnalyzer().analyzeAll(copy.plan());
        assertEquals(analyses.total().results().stream().map(ServiceResult::up).toList(),
                analyses.of("total-copy").orElseThrow().results().stream().map(ServiceResult::up).toList());
    }

    @Test
    void aCopyKeepsWhatTheOriginalLoses() {
        ScenarioEdits.Added eu = ScenarioEdits.losingRegion(twoRegions(), "eu-west");
        Plan corrupted = eu.plan().withScenario(eu.plan().scenario(eu.id()).orElseThrow().withDataCorruption(true));

        ScenarioEdits.Added copy = ScenarioEdits.duplicate(corrupted, eu.id());

        Scenario scenario = copy.plan().scenario(copy.id()).orElseThrow();
        assertEquals("eu-west-lost-copy", copy.id());
        assertEquals(List.of("eu-west"), scenario.regions());
        assertTrue(scenario.dataCorruption());
    }

    @Test
    void theTotalScenarioCannotBeDeleted() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ScenarioEdits.delete(twoRegions(), Scenario.TOTAL_ID));
        assertTrue(refused.getMessage().contains("built in"), refused.getMessage());
    }

    @Test
    void theRegionsToChooseFromAreThoseOfTheServices() {
        Plan plan = twoRegions().withService(Service.builder("x", ServiceKind.APPLICATION).build());

        assertEquals(List.of("eu-west", "us-east"), ScenarioEdits.regionsOf(plan));
    }
}
