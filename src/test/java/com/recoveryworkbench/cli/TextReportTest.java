package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.testplans.TestPlans;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} in text, read by a person: the retail sample's story must be on the page. */
class TextReportTest {
    private static final String RETAIL = Path.of("assets", "samples", "retail.rplan.json").toString();

    private final CommandRun run = CommandRun.of("check", RETAIL);
    private final List<String> lines = run.out().lines().toList();

    @Test
    void headerNamesThePlanAndItsSettings() {
        assertEquals("Retail platform", lines.get(0));
        assertEquals("18 services, 23 dependencies, declaration delay 0s, restore capacity unlimited", lines.get(1));
    }

    @Test
    void explainsTheCheckoutMissWithItsChain() {
        assertAll(
                () -> assertEquals(ExitCodes.FINDINGS, run.exitCode()),
                () -> assertTrue(run.out().contains(
                        "rto-miss        Checkout is up at 52m, target 20m: Legacy order DB 40m → Auth 4m → Checkout 8m"),
                        run.out()),
                () -> assertTrue(Pattern.compile("(?m)^    Checkout +52m +20m +-32m +n/a +- +MISS$")
                        .matcher(run.out()).find(), run.out()));
    }

    @Test
    void listsServicesWaveByWaveInUpTimeOrder() {
        int wave1 = lines.indexOf("  Wave 1");
        int wave2 = lines.indexOf("  Wave 2");
        int wave3 = lines.indexOf("  Wave 3");

        assertTrue(0 < wave1 && wave1 < wave2 && wave2 < wave3, run.out());
        assertTrue(lines.get(wave1 + 1).startsWith("    Payment gateway "), lines.get(wave1 + 1));
        assertTrue(lines.get(wave3 - 1).startsWith("    Reporting "), lines.get(wave3 - 1));
        assertTrue(lines.get(wave3 + 4).startsWith("    Checkout "), lines.get(wave3 + 4));
    }

    @Test
    void columnsLineUp() {
        int header = lines.indexOf("Restore sequence") + 1;
        int statusColumn = lines.get(header).indexOf("Status");
        List<String> rows = lines.subList(header + 1, lines.indexOf("Findings") - 1).stream()
                .filter(line -> line.startsWith("    ")).toList();

        assertEquals(18, rows.size());
        for (String row : rows) {
            assertEquals(' ', row.charAt(statusColumn - 1), row);
            assertTrue(Character.isUpperCase(row.charAt(statusColumn)), row);
        }
    }

    @Test
    void groupsFindingsBySeverityAndEndsWithASummary() {
        assertTrue(lines.contains("  Errors (2)"), run.out());
        assertTrue(lines.contains("  Warnings (6)"), run.out());
        assertEquals("Summary: 18 services, 16 compliant, 1 RTO miss, 1 RPO miss, 2 errors, 6 warnings; "
                + "everything is up after 2h30m.", lines.get(lines.size() - 2));
        assertEquals("Check fails: 2 services miss their RTO or RPO target.", lines.get(lines.size() - 1));
    }

    @Test
    void blockedServicesAreListedApartAndCounted(@TempDir Path dir) {
        Path plan = TestPlans.write(dir, "hand.rplan.json", TestPlans.handWorked());

        List<String> report = CommandRun.of("check", plan.toString()).out().lines().toList();
        int blocked = report.indexOf("  Not restored: in a cycle or waiting for one");

        assertTrue(blocked > report.indexOf("  Wave 2"), String.join("\n", report));
        assertTrue(report.get(blocked + 1).matches("    Billing job +- +30m +- +n/a +- +BLOCKED"), report.get(blocked + 1));
        assertTrue(report.get(blocked + 2).matches("    Ledger sync +- +30m +- +n/a +- +BLOCKED"), report.get(blocked + 2));
        assertEquals("Summary: 6 services, 2 compliant, 1 RTO miss, 1 RPO miss, 3 errors, 0 warnings; "
                + "2 services blocked, the others are up after 35m.", report.get(report.size() - 2));
    }

    @Test
    void aServiceThatWaitedForARestoreSlotSaysWhyUnderItsRow() {
        // Capacity 1 on the retail sample: Legacy order DB (40m) restores before Auth can even start.
        CommandRun limited = CommandRun.of("check", RETAIL, "--capacity", "1");
        List<String> report = limited.out().lines().toList();

        int auth = report.indexOf(report.stream().filter(line -> line.startsWith("    Auth ")).findFirst().orElseThrow());
        assertTrue(report.get(auth + 1).startsWith("      Waited "), limited.out());
        assertTrue(report.get(auth + 1).contains(" for a free restore slot: when it was ready, the only slot was busy"
                + " with "), limited.out());
    }

    @Test
    void samePlanGivesTheSameText() {
        assertEquals(run.out(), CommandRun.of("check", RETAIL).out());
    }
}
