package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class CommandBoundaryTest {

    @Command(name = "crash")
    static final class Crash implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug");
        }
    }

    @Command(name = "starve")
    static final class Starve implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Command(name = "recurse")
    static final class Recurse implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new StackOverflowError();
        }
    }

    @Test
    void aBugExitsTwoWithOneLineNamingWhereItHappened() {
        String err = assertFailsInOneLine(new Crash());

        assertTrue(err.startsWith("Internal error, please report it: java.lang.IllegalStateException: a bug at "
                + "CommandBoundaryTest.java:"), err);
    }

    @Test
    void runningOutOfMemoryExitsTwoNotOne() {
        assertTrue(assertFailsInOneLine(new Starve()).startsWith("Out of memory: the input needs more than "));
    }

    @Test
    void aStackTooDeepExitsTwo() {
        assertTrue(assertFailsInOneLine(new Recurse()).contains("nested too deeply"));
    }

    private static String assertFailsInOneLine(Object command) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(command);
        commandLine.setErr(new PrintWriter(err, true));
        CommandBoundary.guard(commandLine);

        int exitCode = commandLine.execute();

        assertEquals(ExitCodes.FAILURE, exitCode);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertFalse(err.toString().contains("\tat "));
        return err.toString().strip();
    }
}
