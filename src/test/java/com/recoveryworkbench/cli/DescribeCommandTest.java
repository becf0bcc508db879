package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.testplans.TestPlans;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescribeCommandTest {
    @TempDir
    Path dir;

    @Test
    void describesThePlanOneFactPerLine() {
        Path plan = TestPlans.write(dir, "plan.rplan.json", TestPlans.compliant());

        CommandRun run = CommandRun.of("describe", plan.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("plan: Compliant\n"), run.out());
        assertTrue(run.out().contains("""
                service web
                  name: Web
                  kind: application
                  tier: tier-1
                  restoreTime: 5m
                  protection: none
                  recovery: wave 1, up 5m / RTO 30m, OK
                """), run.out());
    }

    @Test
    void anUnreadablePlanFailsWithWhereItIsBroken() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.rplan.json"), "{ \"format\": 12 }");

        CommandRun run = CommandRun.of("describe", broken.toString());

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertTrue(run.err().contains("broken.rplan.json:1:"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void asTextconvAnUnreadablePlanIsShownRawSoGitDiffKeepsWorking() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.rplan.json"), "<<<<<<< HEAD\n{ }\n");

        CommandRun run = CommandRun.of("describe", "--textconv", broken.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("(not readable as a plan: "), run.out());
        assertTrue(run.out().endsWith("\n<<<<<<< HEAD\n{ }\n"), run.out());
    }
}
