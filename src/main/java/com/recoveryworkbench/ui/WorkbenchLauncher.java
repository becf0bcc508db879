package com.recoveryworkbench.ui;

import java.util.logging.Logger;
import javafx.application.Application;

/**
 * Starts the window. A separate class, because the class that extends {@link Application} cannot be
 * the main class of a plain jar with JavaFX on the class path.
 */
public final class WorkbenchLauncher {
    /**
     * JavaFX's start-up complaint about running from the class path, which our jar does on purpose
     * (docs/adr/0013-javafx-class-path-warning.md): a user can do nothing about it.
     */
    static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration: classes were loaded from";

    /** JavaFX's own logger, held so that the filter set on it lives as long as the program. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private WorkbenchLauncher() {
    }

    /** Blocks until the window is closed. {@code args}: optionally one plan file to open. */
    public static void launch(String[] args) {
        dropClassPathWarning();
        Application.launch(WorkbenchApp.class, args);
    }

    /** Drops that one message from JavaFX's logger; every other JavaFX warning still shows. */
    static void dropClassPathWarning() {
        JAVAFX_LOG.setFilter(entry -> entry.getMessage() == null || !entry.getMessage().startsWith(CLASS_PATH_WARNING));
    }
}
