package com.recoveryworkbench.ui.theme;

import com.recoveryworkbench.ui.canvas.PlanCanvasView;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;

/**
 * Keeps the window's scene, its canvas and the preferences in step with the chosen {@link Theme}:
 * setting {@link #themeProperty()} restyles the scene, repaints the canvas with the theme's palette
 * and hands the choice to {@code remember} (the window passes its preferences, so this room does not
 * depend on them). {@link #overrideProperty()} shows another theme for a while (presentation
 * mode) without remembering it; clearing it shows the chosen theme again. FX thread only; the theme is
 * never null, the override is null when there is none.
 */
public final class ThemeSwitcher {
    private final ObjectProperty<Theme> theme;
    private final ObjectProperty<Theme> override = new SimpleObjectProperty<>(this, "override");

    public ThemeSwitcher(Scene scene, PlanCanvasView canvas, Consumer<Theme> remember, Theme initial) {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(canvas, "canvas");
        Objects.requireNonNull(remember, "remember");
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
            remember.accept(chosen);
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
