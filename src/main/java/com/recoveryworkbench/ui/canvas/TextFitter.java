package com.recoveryworkbench.ui.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Shortens texts with "…" so they fit a width in a font, remembering the answers: card texts are
 * drawn in world units, so the fitted text does not change with the zoom and each name is measured
 * once, not every frame. FX thread only.
 */
final class TextFitter {
    private static final String ELLIPSIS = "…";
    /** Enough for every visible card of a large plan; past it the cache starts over. */
    private static final int CAPACITY = 20_000;

    private record Key(String text, Font font, double width) {
    }

    private final Text probe = new Text();
    private final Map<Key, String> fitted = new HashMap<>();

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

    private String shorten(String text, Font font, double width) {
        probe.setFont(font);
        if (measure(text) <= width) {
            return text;
        }
        // Binary search for the longest prefix that still fits with the ellipsis.
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (measure(text.substring(0, mid).stripTrailing() + ELLIPSIS) <= width) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        if (low > 0 && Character.isHighSurrogate(text.charAt(low - 1))) {
            low--;
        }
        return text.substring(0, low).stripTrailing() + ELLIPSIS;
    }

    private double measure(String s) {
        probe.setText(s);
        return probe.getLayoutBounds().getWidth();
    }
}
