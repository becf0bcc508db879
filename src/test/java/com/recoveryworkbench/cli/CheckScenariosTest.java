package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recoveryworkbench.testplans.TestPlans;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} with {@code --scenario}, {@code --all-scenarios} and {@code --lose}, on a plan worked
 * out by hand. Declaration delay 10m. DB (eu, tier-1: RTO 1h, RPO 15m) restores in 40m or fails over
 * to us in 5m, replicated with a 30s lag; Web (us, tier-1) restores in 8m and hard-depends on DB;
 * Batch (eu, tier-3: 24h) restores in 20m.
 *
 * <ul>
 *   <li>total: DB 50m, Web 58m (both at risk: 10m and 2m of 60m to spare), Batch 30m. Passes.</li>
 *   <li>eu-lost: DB fails over, 15m; Web waits for it, 15m; Batch restored, 30m. Passes.</li>
 *   <li>db-corrupted: DB restored, 50m, and with replication only it can lose everything; Web waits (at risk),
 *       50m; Batch unaffected. Fails.</li>
 * </ul>
 */
class CheckScenariosTest {
    static final String PLAN = """
            {
              "format": "recovery-workbench-plan",
              "schemaVersion": 2,
              "name": "Two regions",
              "settings": { "declarationDelay": "PT10M", "restoreCapacity": 0 },
              "tiers": [
                { "id": "tier-1", "name": "Business critical", "rtoTarget": "PT1H", "rpoTarget": "PT15M",
                  "color": "#ef8a62" },
                { "id": "tier-3", "name": "Administrative", "rtoTarget": "PT24H", "rpoTarget": "PT24H",
                  "color": "#999999" }
              ],
              "services": [
                { "id": "batch", "name": "Batch", "kind": "application", "tier": "tier-3", "restoreTime": "PT20M",
                  "region": "eu" },
                { "id": "db", "name": "DB", "kind": "database", "tier": "tier-1", "restoreTime": "PT40M",
                  "protection": { "method": "async-replication", "interval": "PT30S" }, "strategy": "warm-standby",
                  "region": "eu", "standbyRegion": "us", "failoverTime": "PT5M" },
                { "id": "web", "name": "Web", "kind": "application", "tier": "tier-1", "restoreTime": "PT8M",
                  "region": "us" }
              ],
              "dependencies": [ { "from": "web", "to": "db", "type": "hard" } ],
              "scenarios": [
                { "id": "eu-lost", "name": "eu lost", "regions": ["eu"] },
                { "id": "db-corrupted", "name": "DB corrupted", "services": ["db"], "dataCorruption": true }
              ]
            }
            """;

    @TempDir
    Path dir;

    private String plan;

    @BeforeEach
    void writePlan() {
        plan = TestPlans.write(dir, "two-regions.rplan.json", PLAN).toString();
    }

    private static JsonNode json(CommandRun run) throws Exception {
        return new ObjectMapper().readTree(run.out());
    }

    /** "id state verdict upMinutes" for each service of a report. */
    private static List<String> services(JsonNode report) {
        List<String> lines = new ArrayList<>();
        for (JsonNode s : report.get("services")) {
            lines.add(s.get("id").asText() + " " + s.get("state").asText() + " " + s.get("verdict").asText() + " "
                    + s.get("upSeconds").asLong() / 60);
        }
        return lines;
    }

    @Test
    void aStoredScenarioIsReportedWithItsStatesAndVerdicts() throws Exception {
        CommandRun run = CommandRun.of("check", plan, "--scenario", "eu-lost", "--format", "json");

        JsonNode report = json(run);
        assertAll(
                () -> assertEquals(ExitCodes.OK, run.exitCode(), run.err()),
                () -> assertEquals("{\"id\":\"eu-lost\",\"name\":\"eu lost\"}", report.get("scenario").toString()),
                () -> assertEquals(List.of("batch restored meets 30", "db failed-over meets 15",
                        "web waiting meets 15"), services(report)),
                () -> assertEquals(30 * 60, report.get("makespanSeconds").asLong()));
    }

    @Test
    void withoutAScenarioOptionEverythingIsLost() throws Exception {
        CommandRun run = CommandRun.of("check", plan, "--format", "json");

        JsonNode report = json(run);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("total", report.get("scenario").get("id").asText());
        assertEquals("Everything lost", report.get("scenario").get("name").asText());
        assertEquals(List.of("batch restored meets 30", "db restored at-risk 50", "web restored at-risk 58"),
                services(report));
    }

    @Test
    void allScenariosGiveOneReportEachAndFailWhenOneMisses() throws Exception {
        CommandRun run = CommandRun.of("check", plan, "--all-scenarios", "--format", "json");

        JsonNode all = json(run);
        List<String> keys = new ArrayList<>();
        all.fieldNames().forEachRemaining(keys::add);
        List<String> ids = new ArrayList<>();
        all.get("scenarios").forEach(r -> ids.add(r.get("scenario").get("id").asText()));
        JsonNode corrupted = all.get("scenarios").get(0);
        assertAll(
                () -> assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err()),
                () -> assertEquals(List.of("plan", "scenarios"), keys),
                () -> assertEquals("Two regions", all.get("plan").asText()),
                () -> assertEquals(List.of("db-corrupted", "eu-lost", "total"), ids),
                () -> assertEquals(List.of("batch unaffected unaffected 0", "db restored missed 50",
                        "web waiting at-risk 50"), services(corrupted)),
                () -> assertEquals("corruption-unprotected", corrupted.get("findings").get(0).get("rule").asText()));
    }

    @Test
    void aQuestionNotSavedInThePlanIsAskedWithLose() throws Exception {
        CommandRun regionLost = CommandRun.of("check", plan, "--lose", "region:eu", "--format", "json");
        CommandRun corrupted = CommandRun.of("check", plan, "--lose", "service:db", "--data-corruption",
                "--format", "json");

        assertEquals(ExitCodes.OK, regionLost.exitCode(), regionLost.err());
        assertEquals("{\"id\":\"lose\",\"name\":\"Lose region eu\"}", json(regionLost).get("scenario").toString());
        assertEquals(List.of("batch restored meets 30", "db failed-over meets 15", "web waiting meets 15"),
                services(json(regionLost)));
        assertEquals(ExitCodes.FINDINGS, corrupted.exitCode(), corrupted.err());
        assertEquals("Lose service db, data corrupted", json(corrupted).get("scenario").get("name").asText());
    }

    @Test
    void theTextReportNamesTheScenarioAndWhatEachServiceDoes() {
        CommandRun run = CommandRun.of("check", plan, "--scenario", "db-corrupted");
        List<String> lines = run.out().lines().toList();

        assertAll(
                () -> assertEquals("Scenario: DB corrupted (db-corrupted): loses service db; data corrupted",
                        lines.get(2)),
                () -> assertTrue(lines.stream().anyMatch(l -> l.matches("    DB +50m +1h +10m +unbounded +15m +"
                        + "MISS \\(restored\\)")), run.out()),
                () -> assertTrue(lines.stream().anyMatch(l -> l.matches("    Web +50m +1h +10m +n/a +- +"
                        + "AT RISK \\(waiting\\)")), run.out()),
                () -> assertEquals("    Batch", lines.get(lines.indexOf("  Unaffected: keep running") + 1)
                        .substring(0, 9)));
    }

    @Test
    void allScenariosInTextEndWithOneLinePerScenario() {
        CommandRun run = CommandRun.of("check", plan, "--all-scenarios");
        List<String> lines = run.out().lines().toList();
        int table = lines.lastIndexOf("Scenarios");

        assertEquals(ExitCodes.FINDINGS, run.exitCode());
        assertTrue(lines.get(table + 2).matches("    db-corrupted +DB corrupted +2 +50m +0 +1 +FAIL"),
                lines.get(table + 2));
        assertTrue(lines.get(table + 3).matches("    eu-lost +eu lost +3 +30m +0 +0 +OK"), lines.get(table + 3));
        assertTrue(lines.get(table + 4).matches("    total +Everything lost +3 +58m +0 +0 +OK"), lines.get(table + 4));
    }

    @Test
    void anUnknownScenarioOrABadLoseExitsTwoSayingWhy() {
        CommandRun unknown = CommandRun.of("check", plan, "--scenario", "mars");
        CommandRun badItem = CommandRun.of("check", plan, "--lose", "zone:eu");
        CommandRun noRegion = CommandRun.of("check", plan, "--lose", "region:mars");
        CommandRun noService = CommandRun.of("check", plan, "--lose", "service:dbb");

        assertAll(
                () -> assertEquals(ExitCodes.FAILURE, unknown.exitCode()),
                () -> assertEquals("", unknown.out()),
                () -> assertEquals("the plan has no scenario \"mars\"; it has db-corrupted, eu-lost, total",
                        unknown.err().strip()),
                () -> assertEquals(ExitCodes.FAILURE, badItem.exitCode()),
                () -> assertEquals("--lose expects region:NAME or service:ID, separated by commas; found \"zone:eu\"",
                        badItem.err().strip()),
                () -> assertEquals("--lose: no service runs in region \"mars\"; the plan's regions are eu, us",
                        noRegion.err().strip()),
                () -> assertEquals("--lose: the plan has no service \"dbb\"", noService.err().strip()));
    }

    @Test
    void scenarioOptionsThatContradictEachOtherExitTwo() {
        CommandRun both = CommandRun.of("check", plan, "--scenario", "eu-lost", "--all-scenarios");
        CommandRun corruptionAlone = CommandRun.of("check", plan, "--data-corruption");

        assertEquals(ExitCodes.FAILURE, both.exitCode());
        assertTrue(both.err().startsWith("choose one of --scenario, --all-scenarios and --lose"), both.err());
        assertEquals(ExitCodes.FAILURE, corruptionAlone.exitCode());
        assertTrue(corruptionAlone.err().startsWith("--data-corruption goes with --lose"), corruptionAlone.err());
    }
}
