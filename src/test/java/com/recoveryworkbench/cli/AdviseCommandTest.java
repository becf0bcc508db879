package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recoveryworkbench.testplans.TestPlans;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code advise} on the retail sample: Checkout (target 20m) is up at 52m behind Legacy order DB (40m)
 * and Auth (4m); its Inventory chain (7m + 5m) brings it to 20m, so restoring the database in 8m
 * (8m + 4m + 8m = 20m) clears it and removes all 32m of lateness. Reporting warehouse misses its RPO,
 * which no candidate changes: 2 misses before, 1 after.
 */
class AdviseCommandTest {
    private static final String RETAIL = "assets/samples/retail.rplan.json";

    @TempDir
    Path dir;

    @Test
    void jsonRanksTheLegacyDatabaseFirstWithTheExactTime() throws Exception {
        CommandRun run = CommandRun.of("advise", RETAIL, "--format", "json", "--top", "2");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(List.of("plan", "candidates"), keys(report));
        assertEquals(2, report.get("candidates").size());
        JsonNode first = report.get("candidates").get(0);
        assertEquals(List.of("rank", "change", "missesCleared", "latenessRemovedSeconds", "costAvoided", "before",
                "after"), keys(first));
        assertEquals(new ObjectMapper().readTree("""
                {"rank": 1,
                 "change": {"type": "restore-time", "service": "legacy-order-db", "fromSeconds": 2400, "toSeconds": 480},
                 "missesCleared": 1, "latenessRemovedSeconds": 1920, "costAvoided": null,
                 "before": {"misses": 2, "makespanSeconds": 9000, "cost": null},
                 "after": {"misses": 1, "makespanSeconds": 9000, "cost": null}}
                """), first);
    }

    @Test
    void textSaysWhatTheTimeBuysInWords() {
        CommandRun run = CommandRun.of("advise", RETAIL, "--top", "1");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("""
                Fix first: Retail platform (scenario total)
                Now: 2 misses, 32m late in total, all up after 2h30m

                 1. Restore Legacy order DB in 8m (now 40m)
                    Legacy order DB must come back in 8m (now 40m) for Checkout to meet 20m
                    clears 1 of 2 misses, 32m less lateness; after: 1 miss, 0s late in total, all up after 2h30m
                """, run.out());
    }

    @Test
    void sensitivityWeighsTheServicesOnTheLateChain() throws Exception {
        CommandRun run = CommandRun.of("advise", RETAIL, "--sensitivity", "--format", "json");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        JsonNode weights = new ObjectMapper().readTree(run.out()).get("sensitivity");
        assertEquals(18, weights.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(1.0, weights.get(i).get("lateMinutesPerMinute").asDouble());
        }
        assertEquals(List.of("auth", "checkout", "legacy-order-db"),
                List.of(weights.get(0).get("service").asText(), weights.get(1).get("service").asText(),
                        weights.get(2).get("service").asText()));
        assertEquals(0.0, weights.get(3).get("lateMinutesPerMinute").asDouble());
    }

    @Test
    void anUnknownScenarioExitsTwo() {
        CommandRun run = CommandRun.of("advise", RETAIL, "--scenario", "moon-landing");

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertTrue(run.err().contains("the plan has no scenario \"moon-landing\""), run.err());
    }

    /**
     * The hand-worked plan with tier-1 at 600 EUR an hour: cache 8m (80), orders-db 25m (250), api 35m
     * (350), files 10m (100), and the two services of the cycle blocked for the 7-day horizon
     * (2 × 168h × 600 = 201,600): 202,380.00 EUR.
     */
    @Test
    void checkShowsTheCostOfDowntimeOnlyWhenThePlanHasRates() throws Exception {
        String costed = TestPlans.handWorked().replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")
                .replace("\"color\": \"#ef8a62\"", "\"color\": \"#ef8a62\", \"downtimeCostPerHour\": 600")
                .replace("\"restoreCapacity\": 0", "\"restoreCapacity\": 0, \"currency\": \"EUR\"");
        Path withRates = TestPlans.write(dir, "costed.rplan.json", costed);
        Path without = TestPlans.write(dir, "plain.rplan.json", TestPlans.handWorked());

        String text = CommandRun.of("check", withRates.toString()).out();
        JsonNode summary = new ObjectMapper().readTree(CommandRun.of("check", withRates.toString(), "--format", "json")
                .out()).get("summary");
        String plainText = CommandRun.of("check", without.toString()).out();
        JsonNode plainSummary = new ObjectMapper().readTree(CommandRun.of("check", without.toString(), "--format",
                "json").out()).get("summary");

        assertTrue(text.contains("\nCost of downtime: 202,380.00 EUR (2 blocked services counted for the whole"
                + " horizon of 7d)\n"), text);
        assertEquals(new ObjectMapper().readTree("{\"total\": 202380.00, \"currency\": \"EUR\", \"blockedAtHorizon\": 2}"),
                summary.get("cost"));
        assertFalse(plainText.contains("Cost"), plainText);
        assertFalse(plainSummary.has("cost"));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
