package com.recoveryworkbench.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * Where a command's internal failure stops: whatever breaks inside a command (a bug, memory running
 * out, a stack too deep) ends it with {@link ExitCodes#FAILURE} and one line on the error stream saying
 * what happened, never a stack trace and never exit code 1, which a CI job reads as "the plan has
 * misses". Problems in the input are not internal failures: the commands report those themselves.
 */
final class CommandBoundary implements IExecutionStrategy, IExecutionExceptionHandler {
    private final IExecutionStrategy commands = new CommandLine.RunLast();

    /** Installs the boundary on {@code commandLine}. */
    static void guard(CommandLine commandLine) {
        CommandBoundary boundary = new CommandBoundary();
        commandLine.setExecutionStrategy(boundary);
        commandLine.setExecutionExceptionHandler(boundary);
    }

    @Override
    public int execute(ParseResult parseResult) {
        try {
            return commands.execute(parseResult);
        } catch (OutOfMemoryError e) {
            // By now the command's data is unreachable, so there is memory again to say so.
            return report(parseResult.commandSpec().commandLine(), "Out of memory: the input needs more than "
                    + maxHeap() + " of Java heap (java -Xmx sets more); the command stopped");
        } catch (StackOverflowError e) {
            return report(parseResult.commandSpec().commandLine(),
                    "Internal error: the input is nested too deeply to process; the command stopped");
        }
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine failed, ParseResult parseResult) {
        return report(failed, "Internal error, please report it: " + exception + where(exception));
    }

    private static int report(CommandLine failed, String line) {
        PrintWriter err = failed.getErr();
        err.println(line);
        err.flush();
        return ExitCodes.FAILURE;
    }

    /** The frame that threw, so a report of the one line is enough to find the bug. */
    private static String where(Throwable exception) {
        StackTraceElement[] trace = exception.getStackTrace();
        return trace.length == 0 ? "" : " at " + trace[0].getFileName() + ":" + trace[0].getLineNumber();
    }

    private static String maxHeap() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB";
    }
}
