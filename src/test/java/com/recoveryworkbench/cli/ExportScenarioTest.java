package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.testplans.TestPlans;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --scenario}, on the plan of {@link CheckScenariosTest}. */
class ExportScenarioTest {
    @TempDir
    Path dir;

    private String plan;

    @BeforeEach
    void writePlan() {
        plan = TestPlans.write(dir, "two-regions.rplan.json", CheckScenariosTest.PLAN).toString();
    }

    private String export(String scenario, String format, String file) throws Exception {
        Path out = dir.resolve(file);
        CommandRun run = CommandRun.of("export", plan, "--as", format, "-o", out.toString(), "--scenario", scenario);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void aScenarioRunbookSaysWhatEachServiceDoes() throws Exception {
        String runbook = export("eu-lost", "runbook-md", "eu.md");

        assertTrue(runbook.contains("- Scenario: eu lost: region eu lost\n"), runbook);
        assertTrue(runbook.contains("- Declaration delay: 10m\n"), runbook);
        assertTrue(runbook.contains("**DB**"), runbook);
        assertTrue(runbook.contains("  - failover to us: planned failover 5m · never drilled\n"), runbook);
        assertTrue(runbook.contains("  - nothing to restore: -\n  - waits for: DB\n"), runbook);
        assertTrue(runbook.contains("  - restore time: planned 20m · never drilled\n"), runbook);
    }

    @Test
    void aScenarioRunbookLeavesOutWhatKeepsRunning() throws Exception {
        String runbook = export("db-corrupted", "runbook-md", "db.md");
        String html = export("db-corrupted", "runbook-html", "db.html");

        assertTrue(runbook.contains("**DB**") && runbook.contains("**Web**"), runbook);
        assertFalse(runbook.contains("Batch"), runbook);
        // The map at the top draws every service (Batch as unaffected); the steps after it leave Batch out.
        assertFalse(html.substring(html.indexOf("</svg>")).contains("Batch"), html);
        assertTrue(html.contains("<li>Scenario: DB corrupted: service db lost; data corrupted</li>"), html);
    }

    @Test
    void aScenarioPictureNamesItAndMarksTheSparedServices() throws Exception {
        String svg = export("db-corrupted", "svg", "db.svg");

        assertTrue(svg.contains("Two regions — DB corrupted"), svg);
        assertTrue(svg.contains(">unaffected<"), svg);
        assertTrue(svg.contains(">Unaffected<"), svg);
    }

    @Test
    void anUnknownScenarioExitsTwoAndWritesNothing() {
        Path out = dir.resolve("x.md");
        CommandRun run = CommandRun.of("export", plan, "--as", "runbook-md", "-o", out.toString(), "--scenario", "mars");

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertEquals("the plan has no scenario \"mars\"; it has db-corrupted, eu-lost, total", run.err().strip());
        assertFalse(Files.exists(out));
    }
}
