package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.testplans.TestPlans;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
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
                () -> assertTrue(text.contains("- [ ] **API** — owner: -\n  - restore time: planned 10m · never drilled\n"
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
                + "compliance,owner,region,strategy,standby_region,failover\r\napi,API,tier-1,2,25m,35m,30m,-5m,,,missed,,,,,"
                + "\r\n"), text);
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
    void writesPngPicturesAtOneAndTwoTimes() throws Exception {
        Path plan = TestPlans.write(dir, "hand.rplan.json", TestPlans.handWorked());
        Path one = dir.resolve("map.png");
        Path two = dir.resolve("map@2x.png");

        CommandRun oneRun = CommandRun.of("export", plan.toString(), "--as", "png", "-o", one.toString());
        CommandRun twoRun = CommandRun.of("export", plan.toString(), "--as", "png2x", "-o", two.toString());

        assertEquals(ExitCodes.OK, oneRun.exitCode(), oneRun.err());
        assertEquals(ExitCodes.OK, twoRun.exitCode(), twoRun.err());
        assertEquals("Exported Hand-worked as png2x to " + two, twoRun.out().strip());
        BufferedImage small = ImageIO.read(one.toFile());
        BufferedImage large = ImageIO.read(two.toFile());
        // The map is 480 wide; the picture keeps 600 for the legend, plus margins of 24.
        assertEquals(648, small.getWidth());
        assertEquals(2 * small.getWidth(), large.getWidth());
        assertEquals(2 * small.getHeight(), large.getHeight());
    }

    @Test
    void writesAnSvgOfTheChosenServicesOnly() throws Exception {
        Path plan = TestPlans.write(dir, "hand.rplan.json", TestPlans.handWorked());
        Path svg = dir.resolve("api.svg");

        CommandRun run = CommandRun.of("export", plan.toString(), "--as", "svg", "-o", svg.toString(),
                "--services", "api, orders-db");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("data-service=\"api\"") && text.contains("data-service=\"orders-db\""), text);
        assertFalse(text.contains("data-service=\"cache\""), text);
        assertTrue(text.contains("data-from=\"api\" data-to=\"orders-db\""), text);
        assertFalse(text.contains("data-to=\"cache\""), text);
    }

    @Test
    void servicesIsRefusedForExportsOfTheWholePlan() {
        Path plan = TestPlans.write(dir, "hand.rplan.json", TestPlans.handWorked());
        Path csv = dir.resolve("table.csv");

        CommandRun run = CommandRun.of("export", plan.toString(), "--as", "csv", "-o", csv.toString(),
                "--services", "api");

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertTrue(run.err().contains("--services applies to the pictures (png, png2x, svg); csv always exports "
                + "the whole plan"), run.err());
        assertFalse(Files.exists(csv));
    }

    @Test
    void anUnknownServiceIdIsReportedAndNothingIsWritten() {
        Path plan = TestPlans.write(dir, "hand.rplan.json", TestPlans.handWorked());
        Path png = dir.resolve("map.png");

        CommandRun run = CommandRun.of("export", plan.toString(), "--as", "png", "-o", png.toString(),
                "--services", "api,nope,zzz");

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertEquals("The plan has no service nope, zzz (--services takes service ids).", run.err().strip());
        assertFalse(Files.exists(png));
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
