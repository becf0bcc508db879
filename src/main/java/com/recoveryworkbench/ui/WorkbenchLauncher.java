package com.recoveryworkbench.ui;

import javafx.application.Application;

/**
 * Starts the window. A separate class, because the class that extends {@link Application} cannot be
 * the main class of a plain jar with JavaFX on the class path.
 */
public final class WorkbenchLauncher {
    private WorkbenchLauncher() {
    }

    /** Blocks until the window is closed. {@code args}: optionally one plan file to open. */
    public static void launch(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }
}
