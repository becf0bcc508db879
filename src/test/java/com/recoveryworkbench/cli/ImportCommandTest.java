package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.io.LoadedPlan;
import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.testplans.TestPlans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    private static final String CATALOG = """
            kind: Component
            metadata: {name: checkout, title: Checkout}
            spec: {type: service, owner: group:payments, dependsOn: [resource:orders-db]}
            ---
            kind: Resource
            metadata: {name: orders-db}
            spec: {type: postgres}
            ---
            kind: System
            metadata: {name: shop}
            """;

    @TempDir
    Path dir;

    @Test
    void importsABackstageCatalogIntoAPlanFileAndPrintsItsWarnings() throws Exception {
        Path catalog = TestPlans.write(dir, "catalog-info.yaml", CATALOG);
        Path plan = dir.resolve("shop.rplan.json");

        CommandRun run = CommandRun.of("import", catalog.toString(), "--from", "backstage", "-o", plan.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        LoadedPlan loaded = new PlanReader().read(plan);
        assertAll(
                () -> assertEquals("Imported 2 services and 1 dependency into " + plan, run.out().strip()),
                () -> assertEquals("warning: catalog-info.yaml:9:1: kind: the System entity 'shop' is skipped: only"
                        + " Component and Resource entities become services", run.err().strip()),
                () -> assertEquals("catalog-info", loaded.plan().name()),
                () -> assertEquals(List.of(Dependency.hard("checkout", "orders-db")), loaded.plan().dependencies()));
    }

    @Test
    void importsDotAndGraphMlUnderTheGivenName() throws Exception {
        Path dot = TestPlans.write(dir, "deps.dot", "digraph { web -> api -> db }\n");
        Path graphMl = TestPlans.write(dir, "deps.graphml",
                "<graphml><graph><node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"/></graph></graphml>");

        CommandRun fromDot = CommandRun.of("import", dot.toString(), "--from", "dot", "-o",
                dir.resolve("dot.rplan.json").toString(), "--name", "Web shop");
        CommandRun fromGraphMl = CommandRun.of("import", graphMl.toString(), "--from", "GraphML", "-o",
                dir.resolve("graphml.rplan.json").toString());

        assertAll(
                () -> assertEquals(ExitCodes.OK, fromDot.exitCode(), fromDot.err()),
                () -> assertEquals("Web shop", new PlanReader().read(dir.resolve("dot.rplan.json")).plan().name()),
                () -> assertEquals(ExitCodes.OK, fromGraphMl.exitCode(), fromGraphMl.err()),
                () -> assertEquals(2, new PlanReader().read(dir.resolve("graphml.rplan.json")).plan().serviceCount()));
    }

    @Test
    void refusesToOverwriteAnExistingFileWithoutForce() throws Exception {
        Path dot = TestPlans.write(dir, "deps.dot", "digraph { a -> b }\n");
        Path plan = TestPlans.write(dir, "existing.rplan.json", "keep me");

        CommandRun refused = CommandRun.of("import", dot.toString(), "--from", "dot", "-o", plan.toString());

        assertEquals(ExitCodes.FAILURE, refused.exitCode());
        assertEquals(plan + " exists already; add --force to overwrite it.", refused.err().strip());
        assertEquals("keep me", Files.readString(plan));

        CommandRun forced = CommandRun.of("import", dot.toString(), "--from", "dot", "-o", plan.toString(), "--force");

        assertEquals(ExitCodes.OK, forced.exitCode(), forced.err());
        assertEquals(2, new PlanReader().read(plan).plan().serviceCount());
    }

    @Test
    void anErrorIsReportedWithFileLineAndColumnAndNothingIsWritten() {
        Path dot = TestPlans.write(dir, "deps.dot", "digraph {\n  a -> ;\n}\n");
        Path plan = dir.resolve("deps.rplan.json");

        CommandRun run = CommandRun.of("import", dot.toString(), "--from", "dot", "-o", plan.toString());

        assertAll(
                () -> assertEquals(ExitCodes.FAILURE, run.exitCode()),
                () -> assertEquals("", run.out()),
                () -> assertEquals("Cannot import deps.dot: 1 problem\ndeps.dot:2:8: expected a node name, a subgraph"
                        + " or an attribute statement, found ';'", run.err().strip()),
                () -> assertFalse(Files.exists(plan)));
    }

    @Test
    void aPlanOverThePlanFileLimitIsNotWritten() {
        // 440 × 440 = 193,600 dependencies, under the import's limit of 200,000, between ids of 61 and 63
        // characters: each dependency takes about 190 bytes of plan file, 37 MB in all, over the 20 MiB
        // the workbench opens. The 60 KB DOT file itself is well within what an import reads.
        Path dot = TestPlans.write(dir, "wide.dot", HostileCorpus.dotProduct(440, "a".repeat(60), "b".repeat(60)));
        Path plan = dir.resolve("wide.rplan.json");

        CommandRun run = CommandRun.of("import", dot.toString(), "--from", "dot", "-o", plan.toString());

        assertAll(
                () -> assertEquals(ExitCodes.FAILURE, run.exitCode()),
                () -> assertEquals("", run.out()),
                () -> assertTrue(run.err().startsWith("Cannot import: the plan would take 3"), run.err()),
                () -> assertTrue(run.err().strip().endsWith(" MB, over the 20 MB a plan file may hold;"
                        + " nothing was written."), run.err()),
                () -> assertFalse(Files.exists(plan)));
    }

    @Test
    void neverWritesThePlanOverTheFileBeingImportedEvenWithForce() throws Exception {
        Path dot = TestPlans.write(dir, "deps.dot", "digraph { a -> b }\n");

        CommandRun run = CommandRun.of("import", dot.toString(), "--from", "dot", "-o", dot.toString(), "--force");

        assertAll(
                () -> assertEquals(ExitCodes.FAILURE, run.exitCode()),
                () -> assertEquals(dot + " is the file being imported; write the plan to another file"
                        + " (--force never replaces the imported file itself).", run.err().strip()),
                () -> assertEquals("digraph { a -> b }\n", Files.readString(dot)));
    }

    @Test
    void anUnknownFormatIsAnArgumentError() {
        Path dot = TestPlans.write(dir, "deps.dot", "digraph { a }\n");

        CommandRun run = CommandRun.of("import", dot.toString(), "--from", "visio", "-o",
                dir.resolve("x.rplan.json").toString());

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertTrue(run.err().contains("Unknown import format 'visio': use csv, graphml, dot or backstage"), run.err());
    }

    @Test
    void fromAndOutputAreRequired() {
        CommandRun run = CommandRun.of("import", "deps.dot");

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertTrue(run.err().contains("Missing required options: '--from=FORMAT', '--output=PLAN'"), run.err());
    }
}
