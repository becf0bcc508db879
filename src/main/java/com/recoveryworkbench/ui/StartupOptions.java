package com.recoveryworkbench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The command line of the window: optionally one plan file to open. */
public record StartupOptions(Optional<Path> plan) {
    public static StartupOptions parse(List<String> args) {
        if (args.size() > 1 || args.stream().anyMatch(arg -> arg.startsWith("-"))) {
            throw new IllegalArgumentException("the workbench window opens at most one plan file, was given " + args);
        }
        return new StartupOptions(args.stream().findFirst().map(Path::of));
    }
}
