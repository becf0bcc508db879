package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.io.LoadedPlan;
import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.testplans.TestPlans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCsvCommandTest {
    private static final String INVENTORY = """
            id,name,kind,tier,restore,depends_on,soft_depends_on
            db,Orders DB,database,tier-1,20,,
            api,API,application,tier-1,10,db,cache
            cache,Cache,cache,tier-2,3,,
            """;

    @TempDir
    Path dir;

    @Test
    void writesAPlanFileThatThePlanReaderLoads() throws Exception {
        Path csv = TestPlans.write(dir, "inventory.csv", INVENTORY);
        Path plan = dir.resolve("inventory.rplan.json");

        CommandRun run = CommandRun.of("import-csv", csv.toString(), "-o", plan.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("Imported 3 services and 2 dependencies into " + plan, run.out().strip());
        LoadedPlan loaded = new PlanReader().read(plan);
        Plan imported = loaded.plan();
        assertAll(
                () -> assertEquals(List.of(), loaded.warnings()),
                () -> assertEquals("inventory", imported.name()),
                () -> assertEquals(List.of("api", "cache", "db"),
                        imported.services().stream().map(s -> s.id()).toList()),
                () -> assertEquals(List.of(Dependency.soft("api", "cache"), Dependency.hard("api", "db")),
                        imported.dependencies()));
    }

    @Test
    void nameOptionNamesThePlan() throws Exception {
        Path csv = TestPlans.write(dir, "inventory.csv", INVENTORY);
        Path plan = dir.resolve("shop.rplan.json");

        CommandRun run = CommandRun.of("import-csv", csv.toString(), "--output", plan.toString(),
                "--name", "Web shop");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("Web shop", new PlanReader().read(plan).plan().name());
    }

    @Test
    void refusesToOverwriteAnExistingFileWithoutForce() throws Exception {
        Path csv = TestPlans.write(dir, "inventory.csv", INVENTORY);
        Path plan = TestPlans.write(dir, "existing.rplan.json", "keep me");

        CommandRun refused = CommandRun.of("import-csv", csv.toString(), "-o", plan.toString());

        assertEquals(ExitCodes.FAILURE, refused.exitCode());
        assertTrue(refused.err().contains("exists already; add --force to overwrite it"), refused.err());
        assertEquals("keep me", Files.readString(plan));

        CommandRun forced = CommandRun.of("import-csv", csv.toString(), "-o", plan.toString(), "--force");

        assertEquals(ExitCodes.OK, forced.exitCode(), forced.err());
        assertEquals(3, new PlanReader().read(plan).plan().serviceCount());
    }

    @Test
    void badCsvIsReportedWithItsLineAndNothingIsWritten() {
        Path csv = TestPlans.write(dir, "inventory.csv", INVENTORY.replace("api,API,application,tier-1,10,",
                "api,API,application,tier-1,forty,"));
        Path plan = dir.resolve("inventory.rplan.json");

        CommandRun run = CommandRun.of("import-csv", csv.toString(), "-o", plan.toString());

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("inventory.csv:3:5"), run.err());
        assertFalse(Files.exists(plan));
    }

    @Test
    void aRowThatDependsOnItselfIsImportedWithAWarningAndCheckReportsTheCycle() throws Exception {
        Path csv = TestPlans.write(dir, "inventory.csv", INVENTORY + "monitor,Monitoring,application,tier-2,5,"
                + "monitor,\n");
        Path plan = dir.resolve("inventory.rplan.json");

        CommandRun imported = CommandRun.of("import-csv", csv.toString(), "-o", plan.toString());
        CommandRun checked = CommandRun.of("check", plan.toString());

        assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());
        assertEquals("warning: inventory.csv:5:6: depends_on: depends_on names the service itself ('monitor'); the"
                + " dependency is kept, and check reports it as a cycle of one service", imported.err().strip());
        assertEquals(ExitCodes.FINDINGS, checked.exitCode(), checked.out());
        assertTrue(checked.out().contains("Cycle: Monitoring → Monitoring"), checked.out());
    }

    @Test
    void isImportFromCsvUnderItsOldName() {
        Path csv = TestPlans.write(dir, "inventory.csv", INVENTORY.replace("cache,Cache,cache,tier-2,3,,",
                "cache,Cache,cache,gold,3,,"));

        CommandRun old = CommandRun.of("import-csv", csv.toString(), "-o", dir.resolve("a.rplan.json").toString());
        CommandRun now = CommandRun.of("import", csv.toString(), "--from", "csv", "-o",
                dir.resolve("a.rplan.json").toString(), "--force");

        assertEquals(old.err(), now.err());
        assertTrue(old.err().startsWith("warning: inventory.csv:4:4: tier: tier 'gold'"), old.err());
    }

    @Test
    void helpNamesTheColumnsAndWhereEachIsDocumented() {
        CommandRun help = CommandRun.of("import-csv", "--help");

        assertEquals(ExitCodes.OK, help.exitCode());
        String text = help.out().replaceAll("\\s+", " ");
        assertTrue(text.contains("id (required), name, kind, tier, restore, depends_on"), text);
        assertTrue(text.contains("docs/csv-format.md"), text);
    }

    @Test
    void outputIsRequired() {
        Path csv = TestPlans.write(dir, "inventory.csv", INVENTORY);

        CommandRun run = CommandRun.of("import-csv", csv.toString());

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertTrue(run.err().contains("Missing required option: '--output=PLAN'"), run.err());
    }

    @Test
    void defaultNameIsTheFileNameWithoutItsExtension() {
        assertAll(
                () -> assertEquals("inventory", ImportToPlanFile.defaultName(Path.of("data", "inventory.csv"))),
                () -> assertEquals("q3.export", ImportToPlanFile.defaultName(Path.of("q3.export.csv"))),
                () -> assertEquals("inventory", ImportToPlanFile.defaultName(Path.of("inventory"))),
                () -> assertEquals(".hidden", ImportToPlanFile.defaultName(Path.of(".hidden"))));
    }
}
