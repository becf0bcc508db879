package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recoveryworkbench.testplans.TestPlans;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --uncertainty} on the retail sample, whose Legacy order DB restores in 30m–1h5m, most likely 40m. */
class CheckUncertaintyTest {
    private static final String RETAIL = Path.of("assets", "samples", "retail.rplan.json").toString();

    @TempDir
    Path dir;

    @Test
    void textAddsP50P90AndTheChanceBesideTheUpTime() {
        CommandRun run = CommandRun.of("check", RETAIL, "--uncertainty");

        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err());
        assertTrue(run.out().contains("over 2,000 runs, seed 1"), run.out());
        assertTrue(run.out().contains("Service                   Up     P50      P90  Meets RTO  RTO target"), run.out());
        // Checkout waits for the DB and Auth (4m), then restores in 8m: 12m after the DB, always past 20m.
        String checkout = line(run.out(), "    Checkout ");
        assertTrue(checkout.matches(" *Checkout +52m +\\S+ +\\S+ +0 % +20m +-32m.*"), checkout);
        // A service off the DB's chain keeps its planned up time in every run.
        assertTrue(line(run.out(), "    Search index ").matches(" *Search index +25m +25m +25m +100 % +4h.*"), run.out());
    }

    @Test
    void jsonAddsTheFieldsAndTheSameSeedGivesTheSameBytes() throws Exception {
        CommandRun first = CommandRun.of("check", RETAIL, "--uncertainty", "--runs", "500", "--seed", "7",
                "--format", "json");
        CommandRun again = CommandRun.of("check", RETAIL, "--uncertainty", "--runs", "500", "--seed", "7",
                "--format", "json");
        CommandRun otherSeed = CommandRun.of("check", RETAIL, "--uncertainty", "--runs", "500", "--seed", "8",
                "--format", "json");

        assertEquals(first.out(), again.out());
        assertFalse(first.out().equals(otherSeed.out()));
        JsonNode db = service(first.out(), "legacy-order-db");
        long p50 = db.get("p50UpSeconds").asLong();
        long p90 = db.get("p90UpSeconds").asLong();
        assertTrue(1_800 <= p50 && p50 <= p90 && p90 <= 3_900, db.toString());
        JsonNode checkout = service(first.out(), "checkout");
        assertEquals(p50 + 12 * 60, checkout.get("p50UpSeconds").asLong());
        assertEquals(0.0, checkout.get("meetProbability").asDouble());
        JsonNode search = service(first.out(), "search-index");
        assertEquals(1_500, search.get("p90UpSeconds").asLong());
        assertEquals(1.0, search.get("meetProbability").asDouble());
    }

    @Test
    void aPlanWithoutRangesReportsAsBeforeAndSaysWhy() {
        Path plan = TestPlans.write(dir, "ok.rplan.json", TestPlans.compliant());

        CommandRun plain = CommandRun.of("check", plan.toString(), "--format", "json");
        CommandRun asked = CommandRun.of("check", plan.toString(), "--uncertainty", "--format", "json");

        assertEquals(plain.out(), asked.out());
        assertEquals("--uncertainty: no service has a restore range (restoreTimeRange), so there is nothing uncertain"
                + " to add\n", asked.err());
    }

    @Test
    void withoutTheFlagNothingChangesAndBadOptionsAreRefused() {
        assertFalse(CommandRun.of("check", RETAIL).out().contains("P50"));
        CommandRun runsAlone = CommandRun.of("check", RETAIL, "--runs", "10");
        assertEquals(ExitCodes.FAILURE, runsAlone.exitCode());
        assertTrue(runsAlone.err().contains("--runs and --seed go with --uncertainty"), runsAlone.err());
        CommandRun noRuns = CommandRun.of("check", RETAIL, "--uncertainty", "--runs", "0");
        assertTrue(noRuns.err().contains("--runs must be from 1 to 1000000, was 0"), noRuns.err());
    }

    @Test
    void everyScenarioGetsItsOwnFigures() throws Exception {
        CommandRun run = CommandRun.of("check", RETAIL, "--uncertainty", "--runs", "200", "--all-scenarios",
                "--format", "json");

        for (JsonNode scenario : new ObjectMapper().readTree(run.out()).get("scenarios")) {
            scenario.get("services").forEach(s -> assertTrue(s.has("p50UpSeconds"), s.toString()));
        }
    }

    private static JsonNode service(String json, String id) throws Exception {
        for (JsonNode s : new ObjectMapper().readTree(json).get("services")) {
            if (s.get("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no service " + id);
    }

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(text));
    }
}
