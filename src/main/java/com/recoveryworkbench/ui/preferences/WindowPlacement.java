package com.recoveryworkbench.ui.preferences;

import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the window was and how big, remembered in {@link Preferences} between runs. A placement that
 * no longer fits on any screen (a projector was unplugged) is ignored, so the window never opens
 * out of sight.
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";
    private static final double MIN_SIZE = 200;

    /** The placement stored in {@code node}; empty when none was stored yet. */
    public static Optional<WindowPlacement> read(Preferences node) {
        double width = node.getDouble(WIDTH, -1);
        double height = node.getDouble(HEIGHT, -1);
        if (width < MIN_SIZE || height < MIN_SIZE) {
            return Optional.empty();
        }
        return Optional.of(new WindowPlacement(node.getDouble(X, 0), node.getDouble(Y, 0), width, height,
                node.getBoolean(MAXIMIZED, false)));
    }

    public void write(Preferences node) {
        node.putDouble(X, x);
        node.putDouble(Y, y);
        node.putDouble(WIDTH, width);
        node.putDouble(HEIGHT, height);
        node.putBoolean(MAXIMIZED, maximized);
    }

    /** The stage's current placement; keeps the last unmaximised bounds when it is maximised. */
    public static WindowPlacement of(Stage stage, WindowPlacement previous) {
        if (stage.isMaximized() && previous != null) {
            return new WindowPlacement(previous.x, previous.y, previous.width, previous.height, true);
        }
        return new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized());
    }

    /** Moves and sizes the stage, when the placement is still visible on a screen. */
    public void applyTo(Stage stage) {
        if (Screen.getScreensForRectangle(new Rectangle2D(x, y, width, height)).isEmpty()) {
            stage.setWidth(width);
            stage.setHeight(height);
            stage.centerOnScreen();
        } else {
            stage.setX(x);
            stage.setY(y);
            stage.setWidth(width);
            stage.setHeight(height);
        }
        stage.setMaximized(maximized);
    }
}
