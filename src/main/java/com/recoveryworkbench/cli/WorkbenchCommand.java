package com.recoveryworkbench.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top of the command line: {@code check}, {@code diff}, {@code describe}, {@code import}, {@code import-csv},
 * {@code import-drill},
 * {@code export}, {@code advise}, {@code --help},
 * {@code --version}.
 * Runs without a display; nothing here touches JavaFX. Not thread-safe: build one per run with
 * {@link #commandLine(PrintWriter, PrintWriter)}.
 */
@Command(name = WorkbenchCommand.JAR,
        mixinStandardHelpOptions = true,
        usageHelpWidth = 100,
        versionProvider = ManifestVersion.class,
        description = "Checks and compares recovery plans, imports service inventories and exports runbooks,"
                + " without a display.",
        subcommands = {CheckCommand.class, DiffCommand.class, DescribeCommand.class, ImportCommand.class,
            ImportCsvCommand.class, ImportDrillCommand.class, ExportCommand.class, AdviseCommand.class},
        footer = {"",
                "Without a command, ${ROOT-COMMAND-NAME} [PLAN] opens the workbench window.",
                "Run a command with --help for its options."})
public final class WorkbenchCommand implements Runnable {
    /** How people start the jar they built; the name in help and hints unless the launcher says otherwise. */
    static final String JAR = "java -jar target/recovery-workbench.jar";
    /** The installed launcher sets this system property to its own name ({@code recovery-workbench}). */
    static final String NAME_PROPERTY = "recoveryworkbench.command";

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing command: check, diff, describe, import, import-csv, import-drill, export or advise");
    }

    /**
     * A ready command line writing reports to {@code out} and messages to {@code err}; run it with
     * {@link CommandLine#execute(String...)}, which returns one of the {@link ExitCodes}.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new WorkbenchCommand());
        // Set here, not as a ${sys:…} placeholder in @Command: picocli expands those in help only, so the
        // "Did you mean" hint for a mistyped command printed the raw placeholder.
        commandLine.setCommandName(System.getProperty(NAME_PROPERTY, JAR));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        CommandBoundary.guard(commandLine);
        return commandLine;
    }

    /** Whether {@code argument} names a command ({@code check}, {@code diff}, {@code import-csv}, {@code export}). */
    public static boolean isCommand(String argument) {
        return new CommandLine(new WorkbenchCommand()).getSubcommands().containsKey(argument);
    }
}
