package com.recoveryworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader with a test-only chain in which version 2 is current and version 1 called the plan's
 * name "title": older files are migrated before they are checked, and their problems still point at
 * their own lines.
 */
class PlanReaderMigrationTest {
    private final PlanReader reader = new PlanReader(new MigrationChain(2,
            List.of(MigrationChainTest.step(1, plan -> plan.renamed("title", "name")))));

    @Test
    void migratesAnOlderFileOnLoad() throws Exception {
        LoadedPlan loaded = reader.read("""
                {"format": "recovery-workbench-plan", "schemaVersion": 1, "title": "Retail"}
                """, "old.rplan.json");

        assertEquals("Retail", loaded.plan().name());
        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    void reportsProblemsOfAMigratedFileAtTheirOriginalPlace() {
        PlanFileException e = assertThrows(PlanFileException.class, () -> reader.read("""
                {
                  "format": "recovery-workbench-plan",
                  "schemaVersion": 1,
                  "title": 7
                }
                """, "old.rplan.json"));

        assertEquals(List.of(new PlanProblem("old.rplan.json", 4, 12, "name", "expected a string, found 7")),
                e.problems());
    }

    @Test
    void namesTheNewestVersionOfTheChainWhenAFileIsNewer() {
        PlanFileException e = assertThrows(PlanFileException.class, () -> reader.read("""
                {"format": "recovery-workbench-plan", "schemaVersion": 3, "name": "Retail"}
                """, "new.rplan.json"));

        assertEquals("new.rplan.json:1:56: schemaVersion: this file is schema version 3; this Recovery Workbench"
                + " reads up to version 2 — update the workbench", e.getMessage());
    }
}
