package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recoveryworkbench.testplans.TestPlans;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff} of two versions that differ in their drill log only. Web restores in 5m against
 * tier-1's 30m and meets; the drill measured 40m, so in the proven view it is up at 40m and misses. The
 * plan's own recovery is the same, and the report says so.
 */
class DiffDrillsCommandTest {
    private static final String DRILLS = """
            ,
              "drills": [
                { "id": "autumn", "date": "2026-10-03", "name": "Autumn test",
                  "results": [ { "service": "web", "measured": "PT40M", "outcome": "recovered" } ] }
              ]
            }
            """;

    @TempDir
    Path dir;

    private static String withDrill() {
        String plan = TestPlans.compliant().stripTrailing();
        return plan.substring(0, plan.length() - 1).stripTrailing() + DRILLS;
    }

    @Test
    void anAddedDrillAndWhatItChangedInTheProvenViewAreReported() {
        Path old = TestPlans.write(dir, "old.rplan.json", TestPlans.compliant());
        Path neu = TestPlans.write(dir, "new.rplan.json", withDrill());

        CommandRun run = CommandRun.of("diff", old.toString(), neu.toString());

        assertEquals(ExitCodes.DIFFERS, run.exitCode(), run.err());
        assertEquals("""
                Recovery effect
                  none: waves, up times, verdicts and findings are unchanged

                Drills
                  + autumn (Autumn test): 2026-10-03, scenario total, 1 recovered
                  proven view (each service's latest measured time):
                  ~ web (Web): proven up 5m → 40m, OK → MISS
                """, run.out());
    }

    @Test
    void aRemovedDrillIsReportedTheOtherWayRound() {
        Path old = TestPlans.write(dir, "old.rplan.json", withDrill());
        Path neu = TestPlans.write(dir, "new.rplan.json", TestPlans.compliant());

        CommandRun run = CommandRun.of("diff", old.toString(), neu.toString());

        assertEquals("""
                Recovery effect
                  none: waves, up times, verdicts and findings are unchanged

                Drills
                  - autumn (Autumn test): 2026-10-03, scenario total, 1 recovered
                  proven view (each service's latest measured time):
                  ~ web (Web): proven up 40m → 5m, MISS → OK
                """, run.out());
    }

    @Test
    void theJsonReportCarriesTheDrillsAndTheProvenChanges() throws Exception {
        Path old = TestPlans.write(dir, "old.rplan.json", TestPlans.compliant());
        Path neu = TestPlans.write(dir, "new.rplan.json", withDrill());

        CommandRun run = CommandRun.of("diff", old.toString(), neu.toString(), "--format", "json");

        JsonNode drills = new ObjectMapper().readTree(run.out()).get("drills");
        JsonNode added = drills.get("added").get(0);
        JsonNode web = drills.get("proven").get(0);
        assertAll(
                () -> assertEquals(ExitCodes.DIFFERS, run.exitCode(), run.err()),
                () -> assertEquals(List.of("added", "removed", "changed", "proven"), keys(drills)),
                () -> assertEquals(List.of("id", "name", "date", "scenario"), keys(added)),
                () -> assertEquals("autumn", added.get("id").asText()),
                () -> assertEquals("2026-10-03", added.get("date").asText()),
                () -> assertEquals("total", added.get("scenario").asText()),
                () -> assertEquals(List.of("id", "name", "provenUpBeforeSeconds", "provenUpAfterSeconds",
                        "provenComplianceBefore", "provenComplianceAfter"), keys(web)),
                () -> assertEquals(300, web.get("provenUpBeforeSeconds").asInt()),
                () -> assertEquals(2400, web.get("provenUpAfterSeconds").asInt()),
                () -> assertEquals("meets", web.get("provenComplianceBefore").asText()),
                () -> assertEquals("missed", web.get("provenComplianceAfter").asText()));
    }

    @Test
    void aChangedResultIsAFieldChangeOfTheDrill() throws Exception {
        Path old = TestPlans.write(dir, "old.rplan.json", withDrill());
        Path neu = TestPlans.write(dir, "new.rplan.json", withDrill().replace("PT40M", "PT6M"));

        CommandRun text = CommandRun.of("diff", old.toString(), neu.toString());
        CommandRun json = CommandRun.of("diff", old.toString(), neu.toString(), "--format", "json");

        assertEquals("""
                Recovery effect
                  none: waves, up times, verdicts and findings are unchanged

                Drills
                  ~ autumn (Autumn test)
                      results.web: 40m, recovered → 6m, recovered
                  proven view (each service's latest measured time):
                  ~ web (Web): proven up 40m → 6m, MISS → OK
                """, text.out());
        JsonNode change = new ObjectMapper().readTree(json.out()).get("drills").get("changed").get(0);
        assertEquals("results.web", change.get("changes").get(0).get("field").asText());
        assertEquals("6m, recovered", change.get("changes").get(0).get("after").asText());
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
