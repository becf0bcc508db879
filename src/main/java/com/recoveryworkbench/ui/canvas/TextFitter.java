package com.recoveryworkbench.ui.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Shortens texts with "…" so they fit a width in a font, or wraps them onto two lines, remembering
 * the answers: card texts are
 * drawn in world units, so the fitted text does not change with the zoom and each name is measured
 * once, not every frame. FX thread only.
 */
final class TextFitter {
    /** Enough for every visible card of a large plan; past it the cache starts over. */
    private static final int CAPACITY = 20_000;

    private record Key(String text, Font font, double width) {
    }

    private final Text probe = new Text();
    private final Map<Key, String> fitted = new HashMap<>();
    private final Map<Key, List<String>> wrapped = new HashMap<>();

    /** {@code text} itself if it fits in {@code width}, else its longest prefix that fits with "…" after it. */
    String fit(String text, Font font, double width) {
        Key key = new Key(text, font, width);
        String known = fitted.get(key);
        if (known != null) {
            return known;
        }
        if (fitted.size() >= CAPACITY) {
            fitted.clear();
        }
        String result = shorten(text, font, width);
        fitted.put(key, result);
        return result;
    }

    /**
     * {@code text} on one line if it fits in {@code width}, else on two, broken where {@link NameBreak}
     * says: at a space whenever both lines then fit, inside a word only for a word wider than a line.
     */
    List<String> wrapTwoLines(String text, Font font, double width) {
        Key key = new Key(text, font, width);
        List<String> known = wrapped.get(key);
        if (known != null) {
            return known;
        }
        if (wrapped.size() >= CAPACITY) {
            wrapped.clear();
        }
        probe.setFont(font);
        List<String> result = NameBreak.twoLines(text.strip(), width, this::measure);
        wrapped.put(key, result);
        return result;
    }

    private String shorten(String text, Font font, double width) {
        probe.setFont(font);
        return NameBreak.shorten(text, width, this::measure);
    }

    private double measure(String s) {
        probe.setText(s);
        return probe.getLayoutBounds().getWidth();
    }
}
