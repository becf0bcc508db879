package com.recoveryworkbench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.DependencyType;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.testplans.TestPlans;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanReaderTest {
    private static final String HEADER = """
            {
              "format": "recovery-workbench-plan",
              "schemaVersion": 1,
              "name": "Small",
            """;

    private final PlanReader reader = new PlanReader();
    private final PlanWriter writer = new PlanWriter();

    @Test
    void readsTheGoldenFileIntoThePlanItWasWrittenFrom() throws Exception {
        LoadedPlan loaded = reader.read(TestPlans.path("golden.rplan.json"));

        assertEquals(TestPlans.retail().withServices(List.of(TestPlans.retail().service("search").orElseThrow()
                .withPosition(new Position(-35.26, 240)))), loaded.plan());
        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    void loadThenSaveOfAFileWeWroteIsByteIdentical(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("copy.rplan.json");

        writer.save(reader.read(TestPlans.path("golden.rplan.json")).plan(), file);

        assertArrayEquals(Files.readAllBytes(TestPlans.path("golden.rplan.json")), Files.readAllBytes(file));
    }

    @Test
    void fillsInDefaultsForEverythingOptional() throws Exception {
        Plan plan = read(HEADER + """
                  "services": [
                    { "id": "web", "kind": "application", "tier": "tier-1" },
                    { "id": "db", "kind": "database", "tier": "tier-1" }
                  ],
                  "dependencies": [ { "from": "web", "to": "db" } ]
                }
                """);

        assertEquals("", plan.description());
        assertEquals(Settings.DEFAULT, plan.settings());
        assertEquals(List.of(), plan.tiers());
        Service web = plan.service("web").orElseThrow();
        assertEquals("web", web.name());
        assertEquals(null, web.restoreTime());
        assertEquals(null, web.stateful());
        assertEquals(Position.ORIGIN, web.position());
        assertEquals(DependencyType.HARD, plan.dependency("web", "db").orElseThrow().type());
    }

    @Test
    void treatsNullAsAbsentForOptionalFields() throws Exception {
        Plan plan = read(HEADER + """
                  "description": null,
                  "services": [ { "id": "web", "kind": "application", "tier": "tier-1", "restoreTime": null } ]
                }
                """);

        assertEquals("", plan.description());
        assertEquals(null, plan.service("web").orElseThrow().restoreTime());
    }

    @Test
    void acceptsAnyIsoDurationThatJavaReads() throws Exception {
        Plan plan = read(HEADER + """
                  "settings": { "declarationDelay": "pt10m" },
                  "tiers": [ { "id": "t", "name": "T", "rtoTarget": "P1DT2H", "rpoTarget": "PT90M",
                               "drillCadence": "P30D", "color": "#ABCDEF" } ]
                }
                """);

        assertEquals(Duration.ofMinutes(10), plan.settings().declarationDelay());
        assertEquals(Duration.ofHours(26), plan.tier("t").orElseThrow().rtoTarget());
        assertEquals(Duration.ofMinutes(90), plan.tier("t").orElseThrow().rpoTarget());
        assertEquals(Duration.ofDays(30), plan.tier("t").orElseThrow().drillCadence());
        assertEquals("#abcdef", plan.tier("t").orElseThrow().color());
    }

    @Test
    void acceptsTheLongestDurationAndZero() throws Exception {
        Plan plan = read(HEADER + """
                  "settings": { "declarationDelay": "P366D" },
                  "services": [ { "id": "web", "kind": "application", "tier": "tier-1", "restoreTime": "PT0S" } ]
                }
                """);

        assertEquals(Duration.ofDays(366), plan.settings().declarationDelay());
        assertEquals(Duration.ZERO, plan.service("web").orElseThrow().restoreTime());
    }

    @Test
    void readsAFileThatStartsWithAByteOrderMark(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("bom.rplan.json");
        Files.write(file, ("\uFEFF" + TestPlans.text("golden.rplan.json")).getBytes(StandardCharsets.UTF_8));

        assertEquals("Retail platform", reader.read(file).plan().name());
    }

    @Test
    void warnsAboutUnknownFieldsWithTheirPlaceAndStillLoads() throws Exception {
        LoadedPlan loaded = reader.read(HEADER + """
                  "theme": "dark",
                  "services": [
                    {
                      "id": "web",
                      "kind": "application",
                      "tier": "tier-1",
                      "colour": "red",
                      "protection": { "method": "backup", "retention": "P30D" }
                    }
                  ]
                }
                """, "newer.rplan.json");

        assertEquals(List.of(
                new PlanProblem("newer.rplan.json", 5, 3, "theme",
                        "unknown field \"theme\" is ignored and will not be saved"),
                new PlanProblem("newer.rplan.json", 11, 7, "services[0].colour",
                        "unknown field \"colour\" is ignored and will not be saved"),
                new PlanProblem("newer.rplan.json", 12, 43, "services[0].protection.retention",
                        "unknown field \"retention\" is ignored and will not be saved")),
                loaded.warnings());
        assertEquals(1, loaded.plan().serviceCount());
    }

    @Test
    void keepsADependencyOnAServiceTheFileDoesNotHaveAndWarnsWhere() throws Exception {
        LoadedPlan loaded = reader.read(HEADER + """
                  "services": [ { "id": "web", "kind": "application", "tier": "tier-1" } ],
                  "dependencies": [
                    { "from": "web", "to": "billing", "type": "soft" }
                  ]
                }
                """, "dangling.rplan.json");

        assertEquals(List.of(new PlanProblem("dangling.rplan.json", 7, 28, "dependencies[0].to",
                "\"billing\" is not a service in this plan; the dependency is kept and the analysis reports it")),
                loaded.warnings());
        assertEquals(DependencyType.SOFT, loaded.plan().dependency("web", "billing").orElseThrow().type());
    }

    @Test
    void acceptsEnumWordsInAnyCase() throws Exception {
        Plan plan = read(HEADER + """
                  "services": [ { "id": "db", "kind": "Database", "tier": "tier-1",
                                  "protection": { "method": "ASYNC-REPLICATION", "interval": "PT1M" } } ]
                }
                """);

        assertTrue(plan.service("db").orElseThrow().isStateful());
        assertEquals("async-replication", plan.service("db").orElseThrow().protection().method().code());
    }

    @Test
    void readsPinAndForcedLayerFromThePositionAndDefaultsToFree() throws Exception {
        Plan plan = read(HEADER + """
                  "services": [
                    { "id": "db", "kind": "database", "tier": "tier-1",
                      "position": { "x": 10, "y": 20, "pinned": true, "layer": 3 } },
                    { "id": "web", "kind": "application", "tier": "tier-1", "position": { "x": 10, "y": 20 } }
                  ]
                }
                """);

        Service db = plan.service("db").orElseThrow();
        Service web = plan.service("web").orElseThrow();
        assertEquals(List.of(true, 3), List.of(db.pinned(), db.layer()));
        assertFalse(web.pinned());
        assertNull(web.layer());
    }

    private Plan read(String json) throws PlanFileException {
        LoadedPlan loaded = reader.read(json, "test.rplan.json");
        assertEquals(List.of(), loaded.warnings());
        return loaded.plan();
    }
}
