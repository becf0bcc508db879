package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.testplans.TestPlans;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON report written as bytes to standard output is the same text a test's writer receives. */
class ConsoleWriterTest {
    @TempDir
    Path dir;

    @Test
    void checkReportThroughTheConsoleEqualsTheReportThroughAWriter() {
        // A name beyond ASCII: two-byte, three-byte and four-byte (outside the Basic Multilingual Plane) UTF-8.
        Path plan = TestPlans.write(dir, "names.rplan.json", TestPlans.plan("Zürich → Köln \uD83D\uDE80", "PT0S", 0, """
                { "id": "web", "name": "Web ✓ \uD83D\uDE80", "kind": "application", "tier": "tier-1",
                  "restoreTime": "PT5M", "position": { "x": 0, "y": 0 } }
                """, ""));
        String[] args = {"check", plan.toString(), "--format", "json"};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exitCode = WorkbenchCommand.commandLine(new ConsoleWriter(bytes), new PrintWriter(new StringWriter()))
                .execute(args);
        CommandRun throughWriter = CommandRun.of(args);

        String throughConsole = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(throughWriter.exitCode(), exitCode);
        assertEquals(throughWriter.out(), throughConsole);
        assertTrue(throughConsole.contains("\"name\": \"Web ✓ \uD83D\uDE80\""), throughConsole);
        assertFalse(throughConsole.contains("\\u"), "characters are written as UTF-8, never escaped");
    }

    @Test
    void textPrintedBeforeTheBytesComesFirst() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleWriter console = new ConsoleWriter(bytes);
        console.print("before ");

        ConsoleWriter.writeBytes(console, out -> new PrintStream(out, true, StandardCharsets.UTF_8).print("é\n"));

        assertEquals("before é\n", bytes.toString(StandardCharsets.UTF_8));
    }
}
