package com.recoveryworkbench;

import com.recoveryworkbench.cli.ExitCodes;
import com.recoveryworkbench.cli.WorkbenchCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;

/**
 * The jar's entry point. A command ({@code check}, {@code import-csv}) or an option runs the command
 * line and exits with its code; no argument, or one plan file, opens the workbench window.
 *
 * <p>The window is reached by reflection, so the command line never loads a JavaFX class and runs on
 * machines without a display, and a build without the UI still answers commands.
 */
public final class Main {
    private static final String LAUNCHER = "com.recoveryworkbench.ui.WorkbenchLauncher";

    private Main() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            launchWindow(args);
        } else {
            System.exit(runCommand(args));
        }
    }

    /** No argument, or a single one that is neither a command nor an option: a plan file to open. */
    static boolean opensWindow(String[] args) {
        return args.length == 0
                || args.length == 1 && !args[0].startsWith("-") && !WorkbenchCommand.isCommand(args[0]);
    }

    private static int runCommand(String[] args) {
        // Reports hold names and arrows from the plan; UTF-8 keeps them intact when piped to files or CI logs.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int exitCode = WorkbenchCommand.commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }

    private static void launchWindow(String[] args) {
        try {
            Class.forName(LAUNCHER).getMethod("launch", String[].class).invoke(null, (Object) args);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException | LinkageError e) {
            windowUnavailable("The workbench window is not available in this build");
        } catch (InvocationTargetException e) {
            windowUnavailable("Cannot open the workbench window: " + e.getCause());
        }
    }

    private static void windowUnavailable(String reason) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        err.println(reason + ".");
        err.println();
        WorkbenchCommand.commandLine(err, err).usage(err);
        err.flush();
        System.exit(ExitCodes.FAILURE);
    }
}
