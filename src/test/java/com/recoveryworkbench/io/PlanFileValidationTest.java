package com.recoveryworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.recoveryworkbench.testplans.TestPlans;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the reader says about well-formed JSON that is not a valid plan: every problem of a file in
 * one pass, each with line, column, field path and what was expected. Locations are counted by hand
 * from the text blocks (their common indentation is stripped).
 */
class PlanFileValidationTest {
    private static final String HEADER = """
            {
              "format": "recovery-workbench-plan",
              "schemaVersion": 1,
              "name": "Bad",
            """;
    private static final String ID_RULE =
            "an id of 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit";

    private final PlanReader reader = new PlanReader();

    @Test
    void reportsADurationThatIsNotIso8601WithFileLineColumnAndField() {
        PlanFileException e = failure(HEADER + """
                  "services": [
                    {
                      "id": "web",
                      "kind": "application",
                      "tier": "tier-1",
                      "restoreTime": "40 minutes"
                    }
                  ]
                }
                """);

        assertEquals("bad.rplan.json:10:22: services[0].restoreTime: expected an ISO-8601 duration such as"
                + " \"PT40M\", found \"40 minutes\"", e.getMessage());
    }

    @Test
    void refusesNegativeAbsurdAndFractionalDurations() {
        assertEquals(List.of(
                problem(10, 22, "services[0].restoreTime", "expected a duration of zero or more, found \"-PT5M\""),
                problem(11, 20, "services[0].rtoTarget", "expected a duration of at most 366 days, found \"P400D\""),
                problem(12, 20, "services[0].rpoTarget", "expected a duration of whole seconds, found \"PT0.5S\""),
                problem(13, 55, "services[0].protection.interval",
                        "expected an ISO-8601 duration such as \"PT40M\", found 3600")),
                problems(HEADER + """
                          "services": [
                            {
                              "id": "web",
                              "kind": "application",
                              "tier": "tier-1",
                              "restoreTime": "-PT5M",
                              "rtoTarget": "P400D",
                              "rpoTarget": "PT0.5S",
                              "protection": { "method": "backup", "interval": 3600 }
                            }
                          ]
                        }
                        """));
    }

    @Test
    void reportsValuesOfTheWrongType() {
        assertEquals(List.of(
                problem(4, 11, "name", "expected a string, found 42"),
                problem(5, 18, "description", "expected a string, found a list"),
                problem(6, 64, "settings.restoreCapacity", "expected a whole number, found 1.5"),
                problem(7, 12, "tiers", "expected a list, found an object"),
                problem(9, 5, "services[0]", "expected an object, found \"web\""),
                problem(14, 19, "services[1].stateful", "expected true or false, found \"yes\""),
                problem(15, 26, "services[1].position.x", "expected a number, found \"12\""),
                problem(15, 37, "services[1].position.y", "expected a number of ordinary size, found 1e400"),
                problem(18, 58, "dependencies[0].type", "expected \"hard\" or \"soft\", found 1")),
                problems("""
                        {
                          "format": "recovery-workbench-plan",
                          "schemaVersion": 1,
                          "name": 42,
                          "description": ["a"],
                          "settings": { "declarationDelay": "PT1M", "restoreCapacity": 1.5 },
                          "tiers": {},
                          "services": [
                            "web",
                            {
                              "id": "db",
                              "kind": "database",
                              "tier": "tier-1",
                              "stateful": "yes",
                              "position": { "x": "12", "y": 1e400 }
                            }
                          ],
                          "dependencies": [ { "from": "db", "to": "web", "type": 1 } ]
                        }
                        """));
    }

    @Test
    void reportsMissingRequiredFieldsAtTheObjectThatLacksThem() {
        String duration = "required field is missing; expected an ISO-8601 duration such as \"PT40M\"";
        assertEquals(List.of(
                problem(1, 1, "name", "required field is missing; expected a string"),
                problem(5, 5, "tiers[0].name", "required field is missing; expected a string"),
                problem(5, 5, "tiers[0].rtoTarget", duration),
                problem(5, 5, "tiers[0].rpoTarget", duration),
                problem(5, 5, "tiers[0].color", "required field is missing; expected a colour like \"#1f77b4\""),
                problem(6, 5, "tiers[1].id", "required field is missing; expected " + ID_RULE),
                problem(9, 5, "services[0].id", "required field is missing; expected " + ID_RULE),
                problem(9, 5, "services[0].kind", "required field is missing; expected \"application\", \"database\","
                        + " \"storage\", \"cache\", \"queue\", \"network\", \"identity\" or \"external\""),
                problem(9, 5, "services[0].tier", "required field is missing; expected a string"),
                problem(12, 5, "dependencies[0].from", "required field is missing; expected a string"),
                problem(12, 5, "dependencies[0].to", "required field is missing; expected a string")),
                problems("""
                        {
                          "format": "recovery-workbench-plan",
                          "schemaVersion": 1,
                          "tiers": [
                            { "id": "t" },
                            { "name": "No id", "rtoTarget": "PT1H", "rpoTarget": "PT1H", "color": "#000000" }
                          ],
                          "services": [
                            { "name": "Nameless" }
                          ],
                          "dependencies": [
                            { "type": "soft" }
                          ]
                        }
                        """));
    }

    @Test
    void listsTheChoicesForAnUnknownWord() {
        assertEquals(List.of(
                problem(8, 15, "services[0].kind", "expected \"application\", \"database\", \"storage\", \"cache\","
                        + " \"queue\", \"network\", \"identity\" or \"external\", found \"databse\""),
                problem(10, 33, "services[0].protection.method", "expected \"none\", \"backup\", \"snapshot\","
                        + " \"async-replication\" or \"sync-replication\", found \"tape\""),
                problem(11, 19, "services[0].strategy", "expected \"backup-restore\", \"pilot-light\","
                        + " \"warm-standby\" or \"active-active\", found \"hot-standby\""),
                problem(14, 57, "dependencies[0].type", "expected \"hard\" or \"soft\", found \"strong\"")),
                problems(HEADER + """
                          "services": [
                            {
                              "id": "db",
                              "kind": "databse",
                              "tier": "tier-1",
                              "protection": { "method": "tape" },
                              "strategy": "hot-standby"
                            }
                          ],
                          "dependencies": [ { "from": "db", "to": "db", "type": "strong" } ]
                        }
                        """));
    }

    @Test
    void refusesInvalidIdsAndColours() {
        assertEquals(List.of(
                problem(6, 13, "tiers[0].id", "expected " + ID_RULE + ", found \"Tier 1!\""),
                problem(6, 90, "tiers[0].color", "expected a colour like \"#1f77b4\", found \"red\""),
                problem(7, 85, "tiers[1].color", "expected a colour like \"#1f77b4\", found \"#12345\""),
                problem(9, 25, "services[0].id", "expected " + ID_RULE + ", found \"check out\"")),
                problems(HEADER + """
                          "tiers": [
                            { "id": "Tier 1!", "name": "One", "rtoTarget": "PT1H", "rpoTarget": "PT1H", "color": "red" },
                            { "id": "t2", "name": "Two", "rtoTarget": "PT1H", "rpoTarget": "PT1H", "color": "#12345" }
                          ],
                          "services": [ { "id": "check out", "kind": "application", "tier": "t2" } ]
                        }
                        """));
    }

    @Test
    void refusesDuplicatesNamingWhereTheFirstOneIs() {
        assertEquals(List.of(
                problem(7, 13, "tiers[1].id", "duplicate tier id \"t\"; the first is tiers[0] at line 6, column 5"),
                problem(12, 13, "services[2].id",
                        "duplicate service id \"web\"; the first is services[0] at line 10, column 5"),
                problem(16, 5, "dependencies[1]",
                        "duplicate dependency web -> db; the first is dependencies[0] at line 15, column 5")),
                problems(HEADER + """
                          "tiers": [
                            { "id": "t", "name": "One", "rtoTarget": "PT1H", "rpoTarget": "PT1H", "color": "#000000" },
                            { "id": "t", "name": "Two", "rtoTarget": "PT1H", "rpoTarget": "PT1H", "color": "#ffffff" }
                          ],
                          "services": [
                            { "id": "web", "kind": "application", "tier": "t" },
                            { "id": "db", "kind": "database", "tier": "t" },
                            { "id": "web", "kind": "cache", "tier": "t" }
                          ],
                          "dependencies": [
                            { "from": "web", "to": "db" },
                            { "from": "web", "to": "db", "type": "soft" }
                          ]
                        }
                        """));
    }

    @Test
    void refusesARestoreCapacityBelowZeroOrBeyondAnInt() {
        String expected = "expected 0 (unlimited) or how many restores may run at once, found ";
        assertEquals(List.of(problem(5, 36, "settings.restoreCapacity", expected + "-1")),
                problems(HEADER + """
                          "settings": { "restoreCapacity": -1 }
                        }
                        """));
        assertEquals(List.of(problem(5, 36, "settings.restoreCapacity", expected + "3000000000")),
                problems(HEADER + """
                          "settings": { "restoreCapacity": 3000000000 }
                        }
                        """));
    }

    @Test
    void refusesLayoutHintsOfTheWrongTypeOrOutsideTheLayers() {
        String layers = "expected a whole number from 1 to 10000, found ";
        assertEquals(List.of(
                problem(7, 47, "services[0].position.pinned", "expected true or false, found \"yes\""),
                problem(7, 63, "services[0].position.layer", layers + "0"),
                problem(10, 62, "services[1].position.layer", "expected a whole number, found 2.5"),
                problem(13, 46, "services[2].position.layer", layers + "10001")),
                problems(HEADER + """
                          "services": [
                            { "id": "web", "kind": "application", "tier": "tier-1",
                              "position": { "x": 1, "y": 2, "pinned": "yes", "layer": 0 }
                            },
                            { "id": "db", "kind": "database", "tier": "tier-1",
                              "position": { "x": 1, "y": 2, "pinned": true, "layer": 2.5 }
                            },
                            { "id": "mq", "kind": "queue", "tier": "tier-1",
                              "position": { "x": 1, "y": 2, "layer": 10001 }
                            }
                          ]
                        }
                        """));
    }

    @Test
    void quotesAtMostSixtyCharactersOfWhatItFoundWithEscapes() {
        String pasted = "about forty minutes, \\\"depending\\\" on the\\nnight shift and whether the DBA is awake";

        // The first 60 characters of the value run to "whet"; the quotes and the line break are shown escaped.
        assertEquals(List.of(problem(5, 37, "settings.declarationDelay", "expected an ISO-8601 duration such as"
                + " \"PT40M\", found \"about forty minutes, \\\"depending\\\" on the\\nnight shift and whet…\"")),
                problems(HEADER + "  \"settings\": { \"declarationDelay\": \"" + pasted + "\" }\n}\n"));
    }

    @Test
    void reportsEveryProblemOfAHandEditedFileInFileOrder() {
        PlanFileException e = assertThrows(PlanFileException.class,
                () -> reader.read(TestPlans.text("many-problems.rplan.json"), "many-problems.rplan.json"));

        assertEquals("""
                many-problems.rplan.json:10:20: tiers[0].rtoTarget: expected an ISO-8601 duration such as "PT40M", \
                found "15 minutes"
                many-problems.rplan.json:12:16: tiers[0].color: expected a colour like "#1f77b4", found "crimson"
                many-problems.rplan.json:19:15: services[0].kind: expected "application", "database", "storage", \
                "cache", "queue", "network", "identity" or "external", found "app"
                many-problems.rplan.json:23:5: services[1].tier: required field is missing; expected a string
                many-problems.rplan.json:27:22: services[1].restoreTime: expected a duration of zero or more, \
                found "-PT40M"
                many-problems.rplan.json:30:13: services[2].id: duplicate service id "checkout"; the first is \
                services[0] at line 16, column 5
                many-problems.rplan.json:38:5: dependencies[1]: duplicate dependency checkout -> legacy-db; the \
                first is dependencies[0] at line 37, column 5""", e.getMessage());
    }

    @Test
    void listsTheFirstTwentyProblemsInTheMessageAndKeepsThemAll() {
        StringBuilder services = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            services.append(i == 0 ? "" : ",\n").append("    { \"id\": \"s").append(i)
                    .append("\", \"kind\": \"robot\", \"tier\": \"t\" }");
        }

        PlanFileException e = failure(HEADER + "  \"services\": [\n" + services + "\n  ]\n}\n");

        assertEquals(25, e.problems().size());
        String[] lines = e.getMessage().split("\n");
        assertEquals(21, lines.length);
        assertEquals(e.problems().get(19).toString(), lines[19]);
        assertEquals("… and 5 more", lines[20]);
    }

    private PlanFileException failure(String json) {
        return assertThrows(PlanFileException.class, () -> reader.read(json, "bad.rplan.json"));
    }

    private List<PlanProblem> problems(String json) {
        return failure(json).problems();
    }

    private static PlanProblem problem(int line, int column, String field, String message) {
        return new PlanProblem("bad.rplan.json", line, column, field, message);
    }
}
