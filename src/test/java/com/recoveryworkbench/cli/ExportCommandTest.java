package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesARunbookDatedToday() throws Exception {
        Path plan = TestPlans.write(dir, "hand.rplan.json", TestPlans.handWorked());
        Path runbook = dir.resolve("runbook.md");

        CommandRun run = CommandRun.of("export", plan.toString(), "--as", "runbook-md", "-o", runbook.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("Exported Hand-worked as runbook-md to " + runbook, run.out().strip());
        String text = Files.readString(runbook, StandardCharsets.UTF_8);
        assertAll(
                () -> assertTrue(text.startsWith("# Hand-worked — recovery runbook\n\n- Date: " + LocalDate.now()),
                        text),
                () -> assertTrue(text.contains("- [ ] **API** — owner: -\n  - restore time: 10m\n"
                        + "  - waits for: Orders DB\n  - expected up: 35m, RTO target 30m — ✗ missed\n"), text));
    }

    @Test
    void writesTheComplianceTableAsCsv() throws Exception {
        Path plan = TestPlans.write(dir, "hand.rplan.json", TestPlans.handWorked());
        Path csv = dir.resolve("table.csv");

        CommandRun run = CommandRun.of("export", plan.toString(), "--as", "csv", "-o", csv.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("id,name,tier,wave,start,up,rto_target,slack,rpo_achievable,rpo_target,"
                + "compliance,owner,region\r\napi,API,tier-1,2,25m,35m,30m,-5m,,,missed,,\r\n"), text);
    }

    @Test
    void writesAPrintableHtmlRunbook() throws Exception {
        Path plan = TestPlans.write(dir, "hand.rplan.json", TestPlans.handWorked());
        Path html = dir.resolve("runbook.html");

        CommandRun run = CommandRun.of("export", plan.toString(), "--as", "runbook-html", "-o", html.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String text = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<!DOCTYPE html>"), text);
        assertTrue(text.contains("<li>Date: " + LocalDate.now() + "</li>"), text);
    }

    @Test
    void writesTheDependencyGraphForGraphvizAndYed() throws Exception {
        Path plan = TestPlans.write(dir, "hand.rplan.json", TestPlans.handWorked());
        Path dot = dir.resolve("plan.dot");
        Path graphml = dir.resolve("plan.graphml");

        CommandRun dotRun = CommandRun.of("export", plan.toString(), "--as", "dot", "-o", dot.toString());
        CommandRun graphmlRun = CommandRun.of("export", plan.toString(), "--as", "graphml", "-o", graphml.toString());

        assertEquals(ExitCodes.OK, dotRun.exitCode(), dotRun.err());
        assertEquals(ExitCodes.OK, graphmlRun.exitCode(), graphmlRun.err());
        assertTrue(Files.readString(dot).contains("  \"api\" -> \"cache\" [style=dashed];\n"));
        assertTrue(Files.readString(graphml).contains("<edge source=\"api\" target=\"orders-db\">"));
    }

    @Test
    void refusesToOverwriteAnExistingFileWithoutForce() throws Exception {
        Path plan = TestPlans.write(dir, "hand.rplan.json", TestPlans.handWorked());
        Path existing = TestPlans.write(dir, "runbook.md", "keep me");

        CommandRun refused = CommandRun.of("export", plan.toString(), "--as", "runbook-md", "-o", existing.toString());

        assertEquals(ExitCodes.FAILURE, refused.exitCode());
        assertTrue(refused.err().contains("exists already; add --force to overwrite it"), refused.err());
        assertEquals("keep me", Files.readString(existing));

        CommandRun forced = CommandRun.of("export", plan.toString(), "--as", "runbook-md", "-o", existing.toString(),
                "--force");

        assertEquals(ExitCodes.OK, forced.exitCode(), forced.err());
        assertTrue(Files.readString(existing).startsWith("# Hand-worked"));
    }

    @Test
    void unknownFormatIsAnArgumentErrorNamingTheFormats() {
        Path plan = TestPlans.write(dir, "hand.rplan.json", TestPlans.handWorked());
        Path output = dir.resolve("out.pdf");

        CommandRun run = CommandRun.of("export", plan.toString(), "--as", "pdf", "-o", output.toString());

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertTrue(run.err().contains("Unknown export format 'pdf': use one of runbook-md|"), run.err());
        assertFalse(Files.exists(output));
    }

    @Test
    void unreadablePlanIsReportedAndNothingIsWritten() {
        Path plan = TestPlans.write(dir, "broken.rplan.json", "{ not json");
        Path output = dir.resolve("runbook.md");

        CommandRun run = CommandRun.of("export", plan.toString(), "--as", "runbook-md", "-o", output.toString());

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertTrue(run.err().contains("broken.rplan.json"), run.err());
        assertFalse(Files.exists(output));
    }

    @Test
    void missingOutputIsAnArgumentError() {
        Path plan = TestPlans.write(dir, "hand.rplan.json", TestPlans.handWorked());

        CommandRun run = CommandRun.of("export", plan.toString(), "--as", "csv");

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertTrue(run.err().contains("--output"), run.err());
    }
}
