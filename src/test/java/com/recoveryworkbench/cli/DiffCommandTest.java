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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    @TempDir
    Path dir;

    @Test
    void sameFilesExitZero() {
        Path old = TestPlans.write(dir, "old.rplan.json", TestPlans.handWorked());
        Path neu = TestPlans.write(dir, "new.rplan.json", TestPlans.handWorked());

        CommandRun run = CommandRun.of("diff", old.toString(), neu.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("No changes.\n", run.out());
    }

    @Test
    void movedCardsAloneStillDifferButTheReportSaysSo() {
        Path old = TestPlans.write(dir, "old.rplan.json", TestPlans.compliant());
        Path neu = TestPlans.write(dir, "new.rplan.json",
                TestPlans.compliant().replace("\"x\": 0, \"y\": 0", "\"x\": 40, \"y\": 80"));

        CommandRun run = CommandRun.of("diff", old.toString(), neu.toString());

        assertEquals(ExitCodes.DIFFERS, run.exitCode(), run.err());
        assertEquals("Only the layout changed (1 service moved or re-pinned).\n", run.out());
    }

    @Test
    void slowerRestoreShowsTheChangeAndTheNewMiss() {
        // Web: 5m against tier-1's 30m meets; 45m misses by 15m.
        Path old = TestPlans.write(dir, "old.rplan.json", TestPlans.compliant());
        Path neu = TestPlans.write(dir, "new.rplan.json", TestPlans.compliant().replace("PT5M", "PT45M"));

        CommandRun run = CommandRun.of("diff", old.toString(), neu.toString());

        assertEquals(ExitCodes.DIFFERS, run.exitCode(), run.err());
        assertEquals("""
                Services
                  ~ web (Web)
                      restoreTime: 5m → 45m

                Recovery effect
                  makespan: 5m → 45m
                  ~ web (Web): up 5m → 45m, OK → MISS
                  + error rto-miss: Web is up at 45m, target 30m: Web 45m
                """, run.out());
    }

    @Test
    void jsonReportHasStableKeys() throws Exception {
        Path old = TestPlans.write(dir, "old.rplan.json", TestPlans.compliant());
        Path neu = TestPlans.write(dir, "new.rplan.json", TestPlans.compliant().replace("PT5M", "PT45M"));

        CommandRun run = CommandRun.of("diff", old.toString(), neu.toString(), "--format", "json");

        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode web = json.get("effect").get("services").get(0);
        assertAll(
                () -> assertEquals(ExitCodes.DIFFERS, run.exitCode(), run.err()),
                () -> assertEquals(List.of("identical", "onlyPositions", "plan", "services", "dependencies", "tiers",
                        "settings", "effect", "scenarios", "drills"), keys(json)),
                () -> assertEquals(List.of("added", "removed", "changed"), keys(json.get("scenarios"))),
                () -> assertEquals(List.of("added", "removed", "changed", "moved"), keys(json.get("services"))),
                () -> assertEquals(List.of("added", "removed", "retyped"), keys(json.get("dependencies"))),
                () -> assertEquals(List.of("added", "removed", "changed"), keys(json.get("tiers"))),
                () -> assertEquals(List.of("makespanBeforeSeconds", "makespanAfterSeconds", "services",
                        "findingsAppeared", "findingsChanged", "findingsResolved"), keys(json.get("effect"))),
                () -> assertEquals(List.of("id", "name", "waveBefore", "waveAfter", "upBeforeSeconds",
                        "upAfterSeconds", "complianceBefore", "complianceAfter"), keys(web)),
                () -> assertEquals(300, web.get("upBeforeSeconds").asInt()),
                () -> assertEquals(2700, web.get("upAfterSeconds").asInt()),
                () -> assertEquals("missed", web.get("complianceAfter").asText()),
                () -> assertEquals("restoreTime", json.get("services").get("changed").get(0).get("changes").get(0)
                        .get("field").asText()),
                () -> assertEquals("45m", json.get("services").get("changed").get(0).get("changes").get(0)
                        .get("after").asText()),
                () -> assertEquals("rto-miss", json.get("effect").get("findingsAppeared").get(0).get("rule").asText()));
    }

    @Test
    void aMissThatIsStillAMissIsChangedNotResolved() throws Exception {
        // Web: 45m against tier-1's 30m misses; 40m still misses, by 10m instead of 15m.
        Path old = TestPlans.write(dir, "old.rplan.json", TestPlans.compliant().replace("PT5M", "PT45M"));
        Path neu = TestPlans.write(dir, "new.rplan.json", TestPlans.compliant().replace("PT5M", "PT40M"));

        CommandRun text = CommandRun.of("diff", old.toString(), neu.toString());
        JsonNode json = new ObjectMapper().readTree(
                CommandRun.of("diff", old.toString(), neu.toString(), "--format", "json").out()).get("effect");

        assertEquals("""
                Services
                  ~ web (Web)
                      restoreTime: 45m → 40m

                Recovery effect
                  makespan: 45m → 40m
                  ~ web (Web): up 45m → 40m, still MISS
                  ~ error rto-miss: Web still misses its RTO: up 45m → 40m, target 30m
                """, text.out());
        JsonNode changed = json.get("findingsChanged").get(0);
        assertAll(
                () -> assertEquals(0, json.get("findingsResolved").size()),
                () -> assertEquals(0, json.get("findingsAppeared").size()),
                () -> assertEquals(List.of("severity", "rule", "services", "summary", "messageBefore", "messageAfter"),
                        keys(changed)),
                () -> assertEquals("Web still misses its RTO: up 45m → 40m, target 30m", changed.get("summary").asText()),
                () -> assertEquals("Web is up at 45m, target 30m: Web 45m", changed.get("messageBefore").asText()),
                () -> assertEquals("Web is up at 40m, target 30m: Web 40m", changed.get("messageAfter").asText()));
    }

    @Test
    void twoRegionSampleCallsNoMissResolvedWhileItsServiceStillMisses() throws Exception {
        // The report that started it: a slower EU cart database shifts many up times under capacity 4;
        // every miss that is still a miss must read as changed.
        ObjectMapper mapper = new ObjectMapper();
        Path sample = Path.of("assets", "samples", "two-region-commerce.rplan.json");
        JsonNode plan = mapper.readTree(sample.toFile());
        for (JsonNode service : plan.get("services")) {
            if (service.get("id").asText().equals("eu-cart-db")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) service).put("restoreTime", "PT25M");
            }
        }
        Path slower = TestPlans.write(dir, "slower.rplan.json", mapper.writeValueAsString(plan));

        CommandRun run = CommandRun.of("diff", sample.toString(), slower.toString());

        assertEquals(ExitCodes.DIFFERS, run.exitCode(), run.err());
        assertTrue(run.out().contains("  ~ error rto-miss: Checkout (EU) still misses its RTO: up "), run.out());
        // Under capacity 4 the slower database can win an earlier restore slot and really meet its RTO;
        // a miss may read as resolved only then, never while its service still misses.
        for (String line : run.out().lines().filter(l -> l.contains("rto-miss: ") && l.endsWith("(resolved)")).toList()) {
            String name = line.substring(line.indexOf("rto-miss: ") + "rto-miss: ".length(), line.indexOf(" is up at"));
            assertTrue(run.out().lines().anyMatch(l -> l.contains("(" + name + "): up ") && l.endsWith(", MISS → OK")),
                    name + " reads as resolved but does not meet its RTO now:\n" + run.out());
        }
    }

    @Test
    void unreadableFileOrWrongArgumentsExitTwo() {
        Path old = TestPlans.write(dir, "old.rplan.json", TestPlans.compliant());

        CommandRun missing = CommandRun.of("diff", old.toString(), dir.resolve("nowhere.rplan.json").toString());
        CommandRun oneFile = CommandRun.of("diff", old.toString());
        CommandRun badFormat = CommandRun.of("diff", old.toString(), old.toString(), "--format", "xml");

        assertAll(
                () -> assertEquals(ExitCodes.FAILURE, missing.exitCode()),
                () -> assertTrue(missing.err().contains("nowhere.rplan.json"), missing.err()),
                () -> assertEquals(ExitCodes.FAILURE, oneFile.exitCode()),
                () -> assertTrue(oneFile.err().contains("Missing required parameter: 'NEW'"), oneFile.err()),
                () -> assertEquals(ExitCodes.FAILURE, badFormat.exitCode()),
                () -> assertEquals("", missing.out() + oneFile.out() + badFormat.out()));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
