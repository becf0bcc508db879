package com.recoveryworkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The command line of the window: optionally one plan file to open, and {@code --select ID} to select
 * a service once the plan is open (for demos and screenshots).
 */
public record StartupOptions(Optional<Path> plan, Optional<String> select) {
    public static StartupOptions parse(List<String> args) {
        Path plan = null;
        String select = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--select")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--select needs the id of a service");
                }
                select = args.get(++i);
            } else if (arg.startsWith("--select=")) {
                select = arg.substring("--select=".length());
            } else if (plan == null && !arg.startsWith("-")) {
                plan = Path.of(arg);
            } else {
                throw new IllegalArgumentException("unexpected argument '" + arg
                        + "': give at most one plan file and optionally --select ID");
            }
        }
        return new StartupOptions(Optional.ofNullable(plan), Optional.ofNullable(select));
    }
}
