package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.io.PlanWriter;
import com.recoveryworkbench.model.ClaimedRecovery;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportDrillCommandTest {
    @TempDir
    Path dir;

    private Path planFile;
    private byte[] before;

    @BeforeEach
    void writePlan() throws Exception {
        Plan plan = new Plan("Shop", "", Settings.DEFAULT, TierPolicy.defaults(), List.of(
                Service.builder("db", ServiceKind.DATABASE).tier("tier-1").restoreTime(Duration.ofMinutes(40))
                        .strategy(RecoveryStrategy.BACKUP_RESTORE).build(),
                Service.builder("app", ServiceKind.APPLICATION).tier("tier-1").restoreTime(Duration.ofMinutes(8))
                        .build()), List.of(Dependency.hard("app", "db")));
        planFile = dir.resolve("shop.rplan.json");
        new PlanWriter().save(plan, planFile);
        before = Files.readAllBytes(planFile);
    }

    private Path csv(String text) throws Exception {
        return Files.writeString(dir.resolve("results.csv"), text, StandardCharsets.UTF_8);
    }

    private CommandRun importDrill(Path csv, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("import-drill", csv.toString(), "--into",
                planFile.toString(), "--date", "2026-10-03", "--as-of", "2026-12-01"));
        args.addAll(List.of(more));
        return CommandRun.of(args.toArray(String[]::new));
    }

    @Test
    void addsADrillWhoseResultsRecordWhatThePlanClaimsToday() throws Exception {
        Path results = csv("""
                id,measured,data_loss,outcome,notes
                db,55m,10m,recovered,Tape slower than claimed
                app,,,failed,Keys missing
                """);

        CommandRun run = importDrill(results, "--name", "Autumn test");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("Added drill 2026-10-03 (2026-10-03) to " + planFile + ": 2 results: 1 recovered, 1 failed\n",
                run.out());
        Drill drill = new PlanReader().read(planFile).plan().drills().get(0);
        assertEquals("Autumn test", drill.name());
        assertEquals(LocalDate.of(2026, 10, 3), drill.date());
        assertEquals(List.of(
                new DrillResult("app", null, null, DrillOutcome.FAILED,
                        new ClaimedRecovery(Duration.ofMinutes(8), null, List.of("db")), "Keys missing"),
                new DrillResult("db", Duration.ofMinutes(55), Duration.ofMinutes(10), DrillOutcome.RECOVERED,
                        new ClaimedRecovery(Duration.ofMinutes(40), RecoveryStrategy.BACKUP_RESTORE, List.of()),
                        "Tape slower than claimed")), drill.results());
    }

    @Test
    void printsThePlansLoadWarningsLikeEveryOtherCommand() throws Exception {
        // A field from a newer version: the import keeps going, but the save drops it, so the user must hear of it.
        Files.writeString(planFile, Files.readString(planFile).replaceFirst("\\{\n", "{\n  \"theme\": \"dark\",\n"));

        CommandRun run = importDrill(csv("id,measured,outcome\ndb,55m,recovered\n"));

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("warning: " + planFile + ":2:3: theme: unknown field \"theme\" is ignored and will not be saved\n",
                run.err());
        assertEquals(1, new PlanReader().read(planFile).plan().drills().size());
    }

    @Test
    void measuresTheTimeFromStartAndEndTimestamps() throws Exception {
        Path results = csv("""
                id,start,end,outcome
                db,2026-10-03 08:05,2026-10-03T09:00:30,recovered
                app,23:55,00:03,recovered
                """);

        CommandRun run = importDrill(results);

        // app ran past midnight with times only: its end is before its start on the drill's day.
        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertEquals("Cannot import results.csv: 1 problem\n"
                + "results.csv:3:3: end: '00:03' is not after '23:55' by at most 366 days; write the full date when"
                + " a restore ran past midnight\n", run.err());

        Files.writeString(results, """
                id,start,end,outcome
                db,2026-10-03 08:05,2026-10-03T09:00:30,recovered
                app,2026-10-03 23:55,2026-10-04 00:03,recovered
                """);
        assertEquals(ExitCodes.OK, importDrill(results).exitCode());
        Drill drill = new PlanReader().read(planFile).plan().drills().get(0);
        assertEquals(Duration.ofMinutes(55).plusSeconds(30), drill.result("db").orElseThrow().measured());
        assertEquals(Duration.ofMinutes(8), drill.result("app").orElseThrow().measured());
    }

    @Test
    void everyBadCellIsReportedWithLineAndColumnAndThePlanIsLeftAsItWas() throws Exception {
        Path results = csv("""
                id,measured,outcome
                db,0s,recovered
                cache,5m,recovered
                app,-PT5M,recovered
                db,10m,partial
                app,,fine
                """);

        CommandRun run = importDrill(results);

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertEquals("""
                Cannot import results.csv: 6 problems
                results.csv:2:2: measured: the measured time must be more than zero
                results.csv:3:1: id: 'cache' is not a service of the plan "Shop"
                results.csv:4:2: measured: duration must not be negative, was -5m
                results.csv:5:1: id: 'db' has a result on line 2 already; a drill has one result per service
                results.csv:6:1: id: 'app' has a result on line 4 already; a drill has one result per service
                results.csv:6:3: outcome: 'fine' is not one of: recovered, partial, failed
                """, run.err());
        assertArrayEquals(before, Files.readAllBytes(planFile));
        assertFalse(Files.exists(PlanWriter.backupOf(planFile)));
    }

    @Test
    void aSheetWithoutOutcomeOrMeasuredColumnsSaysWhatItNeeds() throws Exception {
        CommandRun run = importDrill(csv("id,minutes\ndb,55\n"));

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertEquals("""
                Cannot import results.csv: 2 problems
                results.csv:1:1: outcome: results.csv has no 'outcome' column; write recovered, partial or failed for each service
                results.csv:1:1: results.csv has no 'measured' column and not both 'start' and 'end'; give each service's measured time (55m, 1h7m) or when its restore started and ended
                """, run.err());
    }

    @Test
    void aDrillDatedAfterTheAsOfDateIsRefused() throws Exception {
        CommandRun run = CommandRun.of("import-drill", csv("id,measured,outcome\ndb,5m,recovered\n").toString(),
                "--into", planFile.toString(), "--date", "2026-12-02", "--as-of", "2026-12-01");

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertEquals("--date 2026-12-02 is after 2026-12-01 (--as-of); a drill cannot have happened yet\n", run.err());
        assertArrayEquals(before, Files.readAllBytes(planFile));
    }

    @Test
    void anUnknownScenarioIsRefused() throws Exception {
        CommandRun run = importDrill(csv("id,measured,outcome\ndb,5m,recovered\n"), "--scenario", "eu-west");

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertEquals("--scenario \"eu-west\" is not a scenario of " + planFile + "; known: total\n", run.err());
    }

    @Test
    void aDrillMayExerciseAScenarioOfThePlan() throws Exception {
        Plan plan = new PlanReader().read(planFile).plan()
                .withScenario(Scenario.losing("db-lost", "DB lost", List.of(), List.of("db")));
        new PlanWriter().save(plan, planFile);

        CommandRun run = importDrill(csv("id,measured,outcome\ndb,45m,recovered\n"), "--scenario", "db-lost");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("db-lost", new PlanReader().read(planFile).plan().drills().get(0).scenario());
        CommandRun unknown = importDrill(csv("id,measured,outcome\ndb,45m,recovered\n"), "--scenario", "eu-west");
        assertEquals("--scenario \"eu-west\" is not a scenario of " + planFile + "; known: db-lost, total\n",
                unknown.err());
    }

    @Test
    void aSecondDrillOnTheSameDayGetsTheNextFreeId() throws Exception {
        Path results = csv("id,measured,outcome\ndb,45m,recovered\n");

        importDrill(results);
        CommandRun second = importDrill(results);

        assertEquals(ExitCodes.OK, second.exitCode(), second.err());
        assertEquals(List.of("2026-10-03", "2026-10-03-2"),
                new PlanReader().read(planFile).plan().drills().stream().map(Drill::id).toList());
    }
}
