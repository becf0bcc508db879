package com.recoveryworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.testplans.TestPlans;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scenarios, standby regions and failover times in a plan file: how they read, and what the reader
 * says about bad values, with line, column and field (counted by hand from the text blocks).
 */
class ScenarioFileTest {
    private static final String HEADER = """
            {
              "format": "recovery-workbench-plan",
              "schemaVersion": 2,
              "name": "Shop",
              "services": [
                { "id": "db", "kind": "database", "tier": "tier-1", "region": "eu" }
              ],
            """;

    private final PlanReader reader = new PlanReader();

    @Test
    void readsScenariosAndTheStandbyOfAService() throws Exception {
        LoadedPlan loaded = reader.read("""
                {
                  "format": "recovery-workbench-plan",
                  "schemaVersion": 2,
                  "name": "Shop",
                  "services": [
                    { "id": "db", "kind": "database", "tier": "tier-1", "region": "eu", "strategy": "warm-standby",
                      "standbyRegion": "us", "failoverTime": "PT4M" }
                  ],
                  "scenarios": [
                    { "id": "ransomware", "name": "Ransomware", "regions": ["us", "eu"], "dataCorruption": true,
                      "declarationDelay": "P2D" },
                    { "id": "db-lost", "name": "DB lost", "description": "A bad upgrade", "services": ["db"] }
                  ]
                }
                """, "shop.rplan.json");

        Plan plan = loaded.plan();
        Service db = plan.service("db").orElseThrow();
        assertEquals("us", db.standbyRegion());
        assertEquals(Duration.ofMinutes(4), db.failoverTime());
        assertEquals(List.of(
                new Scenario("db-lost", "DB lost", "A bad upgrade", List.of(), List.of("db"), false, null),
                new Scenario("ransomware", "Ransomware", "", List.of("eu", "us"), List.of(), true, Duration.ofDays(2)),
                Scenario.TOTAL), plan.scenarios());
        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    void aVersionOneFileHasOnlyTheTotalScenario() throws Exception {
        Plan plan = reader.read(TestPlans.text("migrations/v1.rplan.json"), "v1.rplan.json").plan();

        assertEquals(List.of(Scenario.TOTAL), plan.scenarios());
        assertEquals("", plan.service("checkout").orElseThrow().standbyRegion());
    }

    @Test
    void reportsBadValuesOfTheNewFieldsWhereTheyAre() {
        assertEquals(List.of(
                problem(6, 90, "services[0].standbyRegion", "expected a string, found 7"),
                problem(6, 109, "services[0].failoverTime",
                        "expected an ISO-8601 duration such as \"PT40M\", found \"soon\""),
                problem(9, 5, "scenarios[0].name", "required field is missing; expected a string"),
                problem(9, 29, "scenarios[0].regions", "expected a list of strings, found \"eu\""),
                problem(10, 49, "scenarios[1].regions[1]", "expected a non-empty string, found \"\""),
                problem(10, 67, "scenarios[1].services[0]", "expected a service id, found \"no such\""),
                problem(11, 49, "scenarios[2].dataCorruption", "expected true or false, found \"yes\""),
                problem(11, 76, "scenarios[2].declarationDelay", "expected a duration of zero or more, found \"-PT1H\""),
                problem(12, 13, "scenarios[3].id", "duplicate scenario id \"b\"; the first is scenarios[1] at line 10,"
                        + " column 5"),
                problem(13, 48, "scenarios[4].regions", "the built-in scenario \"total\" loses everything at the plan's"
                        + " declaration delay; only its name and description can be set")),
                problems("""
                        {
                          "format": "recovery-workbench-plan",
                          "schemaVersion": 2,
                          "name": "Shop",
                          "services": [
                            { "id": "db", "kind": "database", "tier": "tier-1", "region": "eu", "standbyRegion": 7, "failoverTime": "soon" }
                          ],
                          "scenarios": [
                            { "id": "a", "regions": "eu" },
                            { "id": "b", "name": "B", "regions": ["eu", ""], "services": ["no such"] },
                            { "id": "c", "name": "C", "dataCorruption": "yes", "declarationDelay": "-PT1H" },
                            { "id": "b", "name": "B again" },
                            { "id": "total", "name": "All", "regions": ["eu"] }
                          ]
                        }
                        """));
    }

    @Test
    void warnsAboutARegionOrServiceThePlanDoesNotHave() throws Exception {
        LoadedPlan loaded = reader.read(HEADER + """
                  "scenarios": [
                    { "id": "typo", "name": "Typo", "regions": ["eu-wset"], "services": ["dbb"] }
                  ]
                }
                """, "bad.rplan.json");

        assertEquals(List.of(
                problem(9, 49, "scenarios[0].regions[0]", "no service runs in region \"eu-wset\"; the scenario keeps it"),
                problem(9, 74, "scenarios[0].services[0]", "\"dbb\" is not a service in this plan; the scenario keeps it")),
                loaded.warnings());
        assertEquals(List.of("eu-wset"), loaded.plan().scenario("typo").orElseThrow().regions());
    }

    private List<PlanProblem> problems(String json) {
        return assertThrows(PlanFileException.class, () -> reader.read(json, "bad.rplan.json")).problems();
    }

    private static PlanProblem problem(int line, int column, String field, String message) {
        return new PlanProblem("bad.rplan.json", line, column, field, message);
    }
}
