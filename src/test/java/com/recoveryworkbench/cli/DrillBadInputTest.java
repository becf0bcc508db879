package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad drill input on the command line: each refusal says what and where, and nothing is lost. The plan
 * (DB 40m ← App 8m, a drill of 2026-09-01 that measured the DB) keeps its bytes and gets no backup
 * whenever {@code import-drill} refuses.
 */
class DrillBadInputTest {
    @TempDir
    Path dir;

    private Path planFile;
    private byte[] before;

    @BeforeEach
    void writePlan() throws Exception {
        Plan plan = new Plan("Shop", "", Settings.DEFAULT, TierPolicy.defaults(), List.of(
                Service.builder("db", ServiceKind.DATABASE).tier("tier-1").restoreTime(Duration.ofMinutes(40)).build(),
                Service.builder("app", ServiceKind.APPLICATION).tier("tier-1").restoreTime(Duration.ofMinutes(8))
                        .build()), List.of(Dependency.hard("app", "db")));
        plan = plan.withDrill(new Drill("sept", LocalDate.of(2026, 9, 1), "", null, "", List.of(new DrillResult("db",
                Duration.ofMinutes(55), null, DrillOutcome.RECOVERED, ClaimedRecovery.of(plan, "db"), ""))));
        planFile = dir.resolve("shop.rplan.json");
        new PlanWriter().save(plan, planFile);
        before = Files.readAllBytes(planFile);
    }

    private static final String GOOD_SHEET = "id,measured,outcome\ndb,5m,recovered\n";

    /** A results sheet, the drill's date, the date to judge as of, more arguments, and a line the refusal must hold. */
    static Stream<Arguments> refusedImports() {
        return Stream.of(
                Arguments.of("id,measured,outcome\ndb,0s,recovered\n", "2026-10-03", "2026-12-01", List.of(),
                        "results.csv:2:2: measured: the measured time must be more than zero"),
                Arguments.of("id,measured,outcome\ndb,-5m,recovered\n", "2026-10-03", "2026-12-01", List.of(),
                        "results.csv:2:2: measured: '-5m' is not a duration"),
                Arguments.of("id,measured,outcome\ncache,5m,recovered\n", "2026-10-03", "2026-12-01", List.of(),
                        "results.csv:2:1: id: 'cache' is not a service of the plan \"Shop\""),
                Arguments.of(GOOD_SHEET, "2026-10-03", "2026-12-01", List.of("--scenario", "eu-west"),
                        "--scenario \"eu-west\" is not a scenario of "),
                Arguments.of(GOOD_SHEET, "2026-12-02", "2026-12-01", List.of(),
                        "--date 2026-12-02 is after 2026-12-01 (--as-of); a drill cannot have happened yet"),
                // The plan's own drill of 2026-09-01 cannot have happened as of 2026-08-31 (line and column are
                // the writer's layout; the cadence test below checks that they are there).
                Arguments.of(GOOD_SHEET, "2026-08-30", "2026-08-31", List.of(),
                        ": drills[0].date: the drill is dated 2026-09-01, after 2026-08-31"));
    }

    @ParameterizedTest
    @MethodSource("refusedImports")
    void aRefusedImportSaysWhereAndLeavesThePlanFileAsItWas(String sheet, String date, String asOf, List<String> more,
                                                            String message) throws Exception {
        Path results = Files.writeString(dir.resolve("results.csv"), sheet, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("import-drill", results.toString(), "--into", planFile.toString(),
                "--date", date, "--as-of", asOf));
        args.addAll(more);

        CommandRun run = CommandRun.of(args.toArray(String[]::new));

        assertAll(
                () -> assertEquals(ExitCodes.FAILURE, run.exitCode(), run.err()),
                () -> assertTrue(run.err().contains(message), run.err()),
                () -> assertFalse(run.err().contains("Exception"), run.err()),
                () -> assertArrayEquals(before, Files.readAllBytes(planFile)),
                () -> assertFalse(Files.exists(PlanWriter.backupOf(planFile))));
    }

    @Test
    void theCadenceCheckRefusesADrillAfterItsDateWithTheDrillsPlace() {
        CommandRun run = CommandRun.of("check", planFile.toString(), "--cadence", "--as-of", "2026-08-31");

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertTrue(run.err().matches("(?s)" + java.util.regex.Pattern.quote(planFile.toString())
                + ":\\d+:\\d+: drills\\[0\\]\\.date: the drill is dated 2026-09-01, after 2026-08-31.*"), run.err());
    }
}
