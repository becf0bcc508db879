package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recoveryworkbench.testplans.TestPlans;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void compliantPlanExitsZero() {
        Path plan = TestPlans.write(dir, "ok.rplan.json", TestPlans.compliant());

        CommandRun run = CommandRun.of("check", plan.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("Summary: 1 service, 1 compliant, 0 RTO misses"), run.out());
    }

    @Test
    void planWithAnRtoMissExitsOne() {
        Path plan = TestPlans.write(dir, "slow.rplan.json", TestPlans.compliant().replace("PT5M", "PT45M"));

        CommandRun run = CommandRun.of("check", plan.toString());

        assertEquals(ExitCodes.FINDINGS, run.exitCode());
        assertTrue(run.out().contains("Web is up at 45m, target 30m"), run.out());
    }

    @Test
    void serviceWithoutRestoreTimeKeepsTheCheckFromPassing() {
        // Only a warning, but an unknown restore time proves nothing: a CI gate must not go green on it.
        Path plan = TestPlans.write(dir, "unknown.rplan.json",
                TestPlans.compliant().replace("\"restoreTime\": \"PT5M\",", ""));

        CommandRun run = CommandRun.of("check", plan.toString());

        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err());
        assertTrue(run.out().contains("INCOMPLETE") && run.out().contains("0 errors, 1 warning"), run.out());
        // The summary counts no miss and no error, so the report says why it fails anyway.
        assertTrue(run.out().endsWith("\nCheck fails: 1 service cannot be judged: no restore time.\n"), run.out());
    }

    @Test
    void jsonSaysWhetherTheCheckPassesAndWhyNot() throws Exception {
        Path unknown = TestPlans.write(dir, "unknown.rplan.json",
                TestPlans.compliant().replace("\"restoreTime\": \"PT5M\",", ""));
        Path ok = TestPlans.write(dir, "ok.rplan.json", TestPlans.compliant());

        JsonNode failing = new ObjectMapper().readTree(CommandRun.of("check", unknown.toString(), "--format", "json")
                .out()).get("summary");
        JsonNode passing = new ObjectMapper().readTree(CommandRun.of("check", ok.toString(), "--format", "json")
                .out()).get("summary");

        assertAll(
                () -> assertEquals(false, failing.get("passes").asBoolean()),
                () -> assertEquals("[\"1 service cannot be judged: no restore time\"]",
                        failing.get("failsBecause").toString()),
                () -> assertEquals(true, passing.get("passes").asBoolean()),
                () -> assertEquals("[]", passing.get("failsBecause").toString()));
    }

    @Test
    void compliantTextReportEndsWithItsSummary() {
        Path plan = TestPlans.write(dir, "ok.rplan.json", TestPlans.compliant());

        String out = CommandRun.of("check", plan.toString()).out();

        assertTrue(out.endsWith("everything is up after 5m.\n"), out);
    }

    @Test
    void malformedFileExitsTwoNamingFileLineAndColumn() {
        Path plan = TestPlans.write(dir, "broken.rplan.json", """
                {
                  "format": "recovery-workbench-plan",
                  "schemaVersion": 1,
                  "name": "Broken",
                  "services": [ { "id": "web", ]
                }
                """);

        CommandRun run = CommandRun.of("check", plan.toString());

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().matches("(?s).*broken\\.rplan\\.json:5:\\d+: .*"), run.err());
    }

    @Test
    void missingFileExitsTwo() {
        CommandRun run = CommandRun.of("check", dir.resolve("nowhere.rplan.json").toString());

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("nowhere.rplan.json"), run.err());
    }

    @Test
    void newerSchemaVersionExitsTwoNamingIt() {
        Path plan = TestPlans.write(dir, "future.rplan.json",
                TestPlans.compliant().replace("\"schemaVersion\": 1", "\"schemaVersion\": 7"));

        CommandRun run = CommandRun.of("check", plan.toString());

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().matches("(?s).*future\\.rplan\\.json:3:\\d+: schemaVersion: .*\\b7\\b.*\\b2\\b.*"),
                run.err());
    }

    @Test
    void wrongArgumentsExitTwoWithUsage() {
        Path plan = TestPlans.write(dir, "ok.rplan.json", TestPlans.compliant());

        CommandRun noPlan = CommandRun.of("check");
        CommandRun badFormat = CommandRun.of("check", plan.toString(), "--format", "xml");
        CommandRun negativeCapacity = CommandRun.of("check", plan.toString(), "--capacity", "-1");
        CommandRun unknownOption = CommandRun.of("check", plan.toString(), "--fast");
        CommandRun noCommand = CommandRun.of();

        assertAll(
                () -> assertEquals(ExitCodes.FAILURE, noPlan.exitCode()),
                () -> assertTrue(noPlan.err().contains("Missing required parameter: 'PLAN'"), noPlan.err()),
                () -> assertTrue(noPlan.err().contains("Usage: java -jar target/recovery-workbench.jar check"),
                        noPlan.err()),
                () -> assertEquals(ExitCodes.FAILURE, badFormat.exitCode()),
                () -> assertTrue(badFormat.err().contains("xml"), badFormat.err()),
                () -> assertEquals(ExitCodes.FAILURE, negativeCapacity.exitCode()),
                () -> assertTrue(negativeCapacity.err().contains("--capacity must be 0 (unlimited) or more, was -1"),
                        negativeCapacity.err()),
                () -> assertEquals(ExitCodes.FAILURE, unknownOption.exitCode()),
                () -> assertEquals(ExitCodes.FAILURE, noCommand.exitCode()),
                () -> assertTrue(noCommand.err().contains("Missing command"), noCommand.err()),
                () -> assertEquals("", noPlan.out() + badFormat.out() + negativeCapacity.out() + noCommand.out()));
    }

    @Test
    void formatIsCaseInsensitive() {
        Path plan = TestPlans.write(dir, "ok.rplan.json", TestPlans.compliant());

        CommandRun run = CommandRun.of("check", plan.toString(), "--format", "JSON");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("{\n  \"plan\": \"Compliant\""), run.out());
    }

    @Test
    void capacityOptionOverridesThePlansRestoreCapacity() throws Exception {
        Path plan = TestPlans.write(dir, "three.rplan.json", TestPlans.threeIndependent());

        CommandRun unlimited = CommandRun.of("check", plan.toString(), "--format", "json");
        CommandRun oneAtATime = CommandRun.of("check", plan.toString(), "--format", "json", "--capacity", "1");
        CommandRun text = CommandRun.of("check", plan.toString(), "--capacity", "1");

        // Three 10-minute restores: side by side all are up at 10m; one at a time the last is up at 30m,
        // exactly its 30m target: no slack left, at risk, but met.
        ObjectMapper mapper = new ObjectMapper();
        JsonNode parallel = mapper.readTree(unlimited.out());
        JsonNode serial = mapper.readTree(oneAtATime.out());
        assertAll(
                () -> assertEquals(600, parallel.get("makespanSeconds").asLong()),
                () -> assertEquals(1800, serial.get("makespanSeconds").asLong()),
                () -> assertEquals(ExitCodes.OK, oneAtATime.exitCode(), oneAtATime.err()),
                () -> assertTrue(text.out().contains("restore capacity 1 (--capacity)"), text.out()));
    }

    @Test
    void helpAndVersionWorkOnEveryCommand() {
        CommandRun topHelp = CommandRun.of("--help");
        CommandRun checkHelp = CommandRun.of("check", "--help");
        CommandRun importHelp = CommandRun.of("import-csv", "-h");
        CommandRun version = CommandRun.of("--version");
        CommandRun checkVersion = CommandRun.of("check", "-V");

        assertAll(
                () -> assertEquals(ExitCodes.OK, topHelp.exitCode()),
                () -> assertTrue(topHelp.out().contains("Usage: java -jar target/recovery-workbench.jar"),
                        topHelp.out()),
                () -> assertTrue(topHelp.out().contains("check") && topHelp.out().contains("import-csv"),
                        topHelp.out()),
                () -> assertTrue(checkHelp.out().contains("--capacity=K"), checkHelp.out()),
                () -> assertTrue(importHelp.out().contains("--force"), importHelp.out()),
                () -> assertEquals("Recovery Workbench dev", version.out().strip()),
                () -> assertEquals("Recovery Workbench dev", checkVersion.out().strip()));
    }
}
