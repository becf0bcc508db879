package com.recoveryworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The launcher drops JavaFX's class-path complaint and nothing else JavaFX says. */
class JavaFxStartupWarningTest {

    @Test
    void onlyTheClassPathWarningIsDropped() {
        // JavaFX logs through System.getLogger("javafx"), which the JDK hands to java.util.logging.
        Logger javafx = Logger.getLogger("javafx");
        List<String> shown = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord entry) {
                shown.add(entry.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        javafx.addHandler(handler);
        // Only this handler hears it, so the test prints nothing into the build's output.
        javafx.setUseParentHandlers(false);
        try {
            WorkbenchLauncher.dropClassPathWarning();
            System.Logger logger = System.getLogger("javafx");
            logger.log(System.Logger.Level.WARNING,
                    "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1b2c3d'");
            logger.log(System.Logger.Level.WARNING, "Something else went wrong");
        } finally {
            javafx.removeHandler(handler);
            javafx.setUseParentHandlers(true);
            javafx.setFilter(null);
        }

        assertEquals(List.of("Something else went wrong"), shown);
    }
}
