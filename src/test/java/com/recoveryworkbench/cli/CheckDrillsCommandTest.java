package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recoveryworkbench.io.PlanWriter;
import com.recoveryworkbench.model.ClaimedRecovery;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --proven} and {@code check --cadence} on a tier-1 plan (RTO 1h, drill every 90 days):
 * DB 40m ← App 8m. The drill of 2026-09-01 measured the DB at 55m; the app was never drilled.
 */
class CheckDrillsCommandTest {
    @TempDir
    Path dir;

    private Path planFile;

    @BeforeEach
    void writePlan() throws Exception {
        Plan plan = new Plan("Shop", "", Settings.DEFAULT, TierPolicy.defaults(), List.of(
                Service.builder("db", ServiceKind.APPLICATION).tier("tier-1").restoreTime(Duration.ofMinutes(40))
                        .build(),
                Service.builder("app", ServiceKind.APPLICATION).tier("tier-1").restoreTime(Duration.ofMinutes(8))
                        .build()), List.of(Dependency.hard("app", "db")));
        plan = plan.withDrill(new Drill("sept", LocalDate.of(2026, 9, 1), "", null, "", List.of(new DrillResult("db",
                Duration.ofMinutes(55), null, DrillOutcome.RECOVERED, ClaimedRecovery.of(plan, "db"), ""))));
        planFile = dir.resolve("shop.rplan.json");
        new PlanWriter().save(plan, planFile);
    }

    @Test
    void provenJsonCarriesPlannedAndProvenUpTimesAndTheEvidence() throws Exception {
        CommandRun run = CommandRun.of("check", planFile.toString(), "--proven", "--as-of", "2026-10-01",
                "--format", "json");
        JsonNode report = new ObjectMapper().readTree(run.out());

        // Proven: DB 55m, app 55m + 8m = 1h3m, past tier-1's 1h.
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err());
        JsonNode app = report.get("services").get(0);
        JsonNode db = report.get("services").get(1);
        assertEquals(List.of("id", "name", "tier", "state", "verdict", "wave", "startSeconds", "upSeconds", "provenUpSeconds", "evidence",
                "rtoTargetSeconds", "rtoMet", "rpoSeconds", "rpoTargetSeconds", "rpoMet", "slackSeconds",
                "criticalPath"), keys(app));
        assertEquals(48 * 60, app.get("upSeconds").asLong());
        assertEquals(63 * 60, app.get("provenUpSeconds").asLong());
        assertTrue(app.get("evidence").isNull());
        assertEquals(false, app.get("rtoMet").asBoolean());
        assertEquals("{\"drill\":\"sept\",\"date\":\"2026-09-01\",\"measuredSeconds\":3300,\"outcome\":\"recovered\"}",
                db.get("evidence").toString());
        assertEquals(List.of("never-drilled", "optimistic-plan"), report.get("drillFindings").findValuesAsText("rule"));
    }

    @Test
    void aServiceThatFailedItsLatestDrillFailsTheProvenSummaryAsItFailsTheExitCode() throws Exception {
        // Sept 20: the DB failed after 30m, the app recovered in 8m; proven up 30m + 8m = 38m meets the 1h RTO,
        // so the only reason to fail is the failed-in-drill error.
        CommandRun.of("import-drill", java.nio.file.Files.writeString(dir.resolve("r.csv"),
                "id,measured,outcome\ndb,30m,failed\napp,8m,recovered\n").toString(), "--into", planFile.toString(),
                "--date", "2026-09-20", "--as-of", "2026-09-20");

        CommandRun json = CommandRun.of("check", planFile.toString(), "--proven", "--as-of", "2026-10-01",
                "--format", "json");
        CommandRun text = CommandRun.of("check", planFile.toString(), "--proven", "--as-of", "2026-10-01");
        JsonNode summary = new ObjectMapper().readTree(json.out()).get("summary");

        assertEquals(ExitCodes.FINDINGS, json.exitCode(), json.err());
        assertEquals(0, summary.get("rtoMisses").asInt());
        assertEquals(false, summary.get("passes").asBoolean());
        assertEquals("[\"the drills found errors: failed-in-drill\"]", summary.get("failsBecause").toString());
        assertEquals(ExitCodes.FINDINGS, text.exitCode(), text.err());
        assertTrue(text.out().contains("Check fails: the drills found errors: failed-in-drill.\n"), text.out());
    }

    @Test
    void withoutProvenTheJsonKeepsItsKeys() throws Exception {
        JsonNode report = new ObjectMapper().readTree(CommandRun.of("check", planFile.toString(), "--format", "json")
                .out());

        assertEquals(List.of("plan", "scenario", "makespanSeconds", "cycles", "services", "findings", "summary"),
                keys(report));
    }

    @Test
    void cadencePassesWhileEveryJudgedServiceHasCurrentEvidence() throws Exception {
        CommandRun run = CommandRun.of("check", planFile.toString(), "--cadence", "--as-of", "2026-10-01",
                "--format", "json");
        JsonNode report = new ObjectMapper().readTree(run.out());

        // The app was never drilled.
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err());
        assertEquals("2026-10-01", report.get("asOf").asText());
        assertEquals("{\"id\":\"db\",\"tier\":\"tier-1\",\"cadenceDays\":90,\"lastRecovered\":{\"drill\":\"sept\","
                + "\"date\":\"2026-09-01\"},\"currentUntil\":\"2026-11-30\",\"current\":true}",
                report.get("services").get(1).toString());
        assertEquals(false, report.get("services").get(0).get("current").asBoolean());
    }

    @Test
    void cadenceExitsZeroWhenEveryServiceIsCoveredAndOneTheDayAfterItRunsOut() throws Exception {
        CommandRun.of("import-drill", java.nio.file.Files.writeString(dir.resolve("r.csv"),
                "id,measured,outcome\napp,8m,recovered\n").toString(), "--into", planFile.toString(),
                "--date", "2026-09-01", "--as-of", "2026-09-01");

        // Sept 1 + 90 days = Nov 30.
        CommandRun current = CommandRun.of("check", planFile.toString(), "--cadence", "--as-of", "2026-11-30");
        CommandRun overdue = CommandRun.of("check", planFile.toString(), "--cadence", "--as-of", "2026-12-01");

        assertEquals(ExitCodes.OK, current.exitCode(), current.out());
        assertTrue(current.out().endsWith("Every service's drill evidence is current.\n"), current.out());
        assertEquals(ExitCodes.FINDINGS, overdue.exitCode());
        assertTrue(overdue.out().endsWith("2 of 2 services lack current drill evidence.\n"), overdue.out());
    }

    @Test
    void aDrillAfterTheAsOfDateIsALocatedError() {
        CommandRun run = CommandRun.of("check", planFile.toString(), "--proven", "--as-of", "2026-08-31");

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertTrue(run.err().startsWith(planFile + ":"), run.err());
        assertTrue(run.err().contains(": drills[0].date: the drill is dated 2026-09-01, after 2026-08-31"), run.err());
    }

    @Test
    void provenAndCadenceTogetherAreRefused() {
        CommandRun run = CommandRun.of("check", planFile.toString(), "--proven", "--cadence");

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertTrue(run.err().contains("--proven and --cadence are two different checks; give one"), run.err());
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
