package com.recoveryworkbench.ui.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;

/**
 * The card fonts at the current zoom: a font of size {@code s} world units becomes {@code s * scale}
 * pixels. Remembered until the zoom changes, so a frame creates each font once. FX thread only.
 */
final class ScaledFonts {
    private final Map<Font, Font> scaled = new HashMap<>();
    private double scale = 1;

    void use(double newScale) {
        if (newScale != scale) {
            scale = newScale;
            scaled.clear();
        }
    }

    Font scaled(Font worldFont) {
        if (scale == 1) {
            return worldFont;
        }
        return scaled.computeIfAbsent(worldFont, f -> new Font(f.getName(), f.getSize() * scale));
    }
}
