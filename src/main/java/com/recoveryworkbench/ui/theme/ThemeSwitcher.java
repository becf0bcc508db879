package com.recoveryworkbench.ui.theme;

import com.recoveryworkbench.ui.canvas.PlanCanvasView;
import com.recoveryworkbench.ui.preferences.WorkbenchPreferences;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;

/**
 * Keeps the window's scene, its canvas and the preferences in step with the chosen {@link Theme}:
 * setting {@link #themeProperty()} restyles the scene, repaints the canvas with the theme's palette
 * and remembers the choice. {@link #overrideProperty()} shows another theme for a while (presentation
 * mode) without remembering it; clearing it shows the chosen theme again. FX thread only; the theme is
 * never null, the override is null when there is none.
 */
public final class ThemeSwitcher {
    private final ObjectProperty<Theme> theme;
    private final ObjectProperty<Theme> override = new SimpleObjectProperty<>(this, "override");

    public ThemeSwitcher(Scene scene, PlanCanvasView canvas, WorkbenchPreferences preferences, Theme initial) {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(canvas, "canvas");
        Objects.requireNonNull(preferences, "preferences");
        theme = new SimpleObjectProperty<>(this, "theme", Objects.requireNonNull(initial, "initial"));
        apply(scene, canvas, initial);
        theme.addListener((observable, old, chosen) -> {
            if (chosen == null) {
                theme.set(old);
                return;
            }
            if (override.get() == null) {
                apply(scene, canvas, chosen);
            }
            preferences.setTheme(chosen);
        });
        override.addListener((observable, old, shown) -> apply(scene, canvas, shown == null ? theme.get() : shown));
    }

    private static void apply(Scene scene, PlanCanvasView canvas, Theme chosen) {
        scene.getStylesheets().setAll(chosen.stylesheets());
        canvas.paletteProperty().set(chosen.palette());
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<Theme> overrideProperty() {
        return override;
    }
}
