package com.recoveryworkbench.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top of the command line: {@code check}, {@code diff}, {@code describe}, {@code import}, {@code import-csv},
 * {@code export}, {@code advise}, {@code --help},
 * {@code --version}.
 * Runs without a display; nothing here touches JavaFX. Not thread-safe: build one per run with
 * {@link #commandLine(PrintWriter, PrintWriter)}.
 */
@Command(name = "${sys:recoveryworkbench.command:-java -jar target/recovery-workbench.jar}",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 100,
        versionProvider = ManifestVersion.class,
        description = "Checks and compares recovery plans, imports service inventories and exports runbooks,"
                + " without a display.",
        subcommands = {CheckCommand.class, DiffCommand.class, DescribeCommand.class, ImportCommand.class,
            ImportCsvCommand.class, ExportCommand.class, AdviseCommand.class},
        footer = {"",
                "Without a command, ${ROOT-COMMAND-NAME} [PLAN] opens the workbench window.",
                "Run a command with --help for its options."})
public final class WorkbenchCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing command: check, diff, describe, import, import-csv, export or advise");
    }

    /**
     * A ready command line writing reports to {@code out} and messages to {@code err}; run it with
     * {@link CommandLine#execute(String...)}, which returns one of the {@link ExitCodes}.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new WorkbenchCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            // Exit code 1 means "the plan has findings" to a CI job; a crash must not look like that.
            failed.getErr().println("Unexpected error: " + exception);
            exception.printStackTrace(failed.getErr());
            return ExitCodes.FAILURE;
        });
        return commandLine;
    }

    /** Whether {@code argument} names a command ({@code check}, {@code diff}, {@code import-csv}, {@code export}). */
    public static boolean isCommand(String argument) {
        return new CommandLine(new WorkbenchCommand()).getSubcommands().containsKey(argument);
    }
}
