package com.recoveryworkbench.ui;

import java.util.Objects;
import javafx.stage.Stage;

/**
 * Restores the window's size, position and maximised state from the preferences and stores them
 * again when the window closes. While the window is maximised it keeps the last normal bounds, so
 * un-maximising after a restart returns to them. FX thread only.
 */
public final class WindowMemory {
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;

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
        }, () -> {
            stage.setWidth(DEFAULT_WIDTH);
            stage.setHeight(DEFAULT_HEIGHT);
        });
        stage.xProperty().addListener(obs -> memory.track());
        stage.yProperty().addListener(obs -> memory.track());
        stage.widthProperty().addListener(obs -> memory.track());
        stage.heightProperty().addListener(obs -> memory.track());
        return memory;
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
