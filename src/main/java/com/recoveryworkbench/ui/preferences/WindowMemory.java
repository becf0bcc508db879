package com.recoveryworkbench.ui.preferences;

import java.util.Objects;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Restores the window's size, position and maximised state from the preferences and stores them
 * again when the window closes. While the window is maximised it keeps the last normal bounds, so
 * un-maximising after a restart returns to them. FX thread only.
 */
public final class WindowMemory {
    private static final double LARGEST_DEFAULT_WIDTH = 1600;
    private static final double LARGEST_DEFAULT_HEIGHT = 1000;

    private final Stage stage;
    private final WorkbenchPreferences preferences;
    private WindowPlacement normal;

    private WindowMemory(Stage stage, WorkbenchPreferences preferences) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
    }

    /** Applies the stored placement (or a default size) before the stage is shown, and starts tracking it. */
    public static WindowMemory attach(Stage stage, WorkbenchPreferences preferences) {
        WindowMemory memory = new WindowMemory(stage, preferences);
        preferences.windowPlacement().ifPresentOrElse(placement -> {
            memory.normal = placement;
            placement.applyTo(stage);
        }, () -> memory.placeFirstTime(Screen.getPrimary().getVisualBounds()));
        stage.xProperty().addListener(obs -> memory.track());
        stage.yProperty().addListener(obs -> memory.track());
        stage.widthProperty().addListener(obs -> memory.track());
        stage.heightProperty().addListener(obs -> memory.track());
        return memory;
    }

    /** The whole of a laptop screen or projector; a large monitor gets a centred window of a comfortable size. */
    private void placeFirstTime(Rectangle2D screen) {
        if (screen.getWidth() <= LARGEST_DEFAULT_WIDTH || screen.getHeight() <= LARGEST_DEFAULT_HEIGHT) {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
        } else {
            stage.setWidth(LARGEST_DEFAULT_WIDTH);
            stage.setHeight(LARGEST_DEFAULT_HEIGHT);
            stage.centerOnScreen();
        }
    }

    private void track() {
        if (!stage.isMaximized() && stage.isShowing()) {
            normal = new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
    }

    /** Stores the current placement; call when the window closes. */
    public void store() {
        preferences.setWindowPlacement(WindowPlacement.of(stage, normal));
    }
}
