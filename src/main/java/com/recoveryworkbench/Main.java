package com.recoveryworkbench;

import com.recoveryworkbench.cli.ConsoleWriter;
import com.recoveryworkbench.cli.ExitCodes;
import com.recoveryworkbench.cli.WorkbenchCommand;
import java.io.File;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

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

    /**
     * No argument, or a single one that names a plan file: an existing file, or something shaped like
     * a path ({@code my.rplan.json}, {@code plans/shop}). A bare word such as {@code chek} is a
     * mistyped command, which the command line answers with a suggestion rather than a window.
     */
    static boolean opensWindow(String[] args) {
        return args.length == 0 || args.length == 1 && looksLikePlanFile(args[0]);
    }

    private static boolean looksLikePlanFile(String argument) {
        if (argument.startsWith("-") || WorkbenchCommand.isCommand(argument)) {
            return false;
        }
        try {
            return argument.contains(".") || argument.contains("/") || argument.contains(File.separator)
                    || Files.exists(Path.of(argument));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static int runCommand(String[] args) {
        // Reports hold names and arrows from the plan; UTF-8 keeps them intact when piped to files or CI logs.
        PrintWriter out = new ConsoleWriter(System.out);
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
