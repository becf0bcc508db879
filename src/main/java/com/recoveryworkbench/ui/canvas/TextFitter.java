package com.recoveryworkbench.ui.canvas;

import java.util.ArrayList;
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
    private static final String ELLIPSIS = "…";
    private static final String HYPHEN = "-";
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
     * {@code text} on one line if it fits in {@code width}, else on two: as many whole words as fit on
     * the first (a first word longer than the line is split with a hyphen), the rest on the second,
     * shortened with "…" if it is still too long.
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
        List<String> result = wrap(text.strip(), font, width);
        wrapped.put(key, result);
        return result;
    }

    private List<String> wrap(String text, Font font, double width) {
        probe.setFont(font);
        if (measure(text) <= width) {
            return List.of(text);
        }
        int end = longestFittingPrefix(text, width);
        // Break at the last space within what fits (the one right after it counts).
        int space = text.lastIndexOf(' ', end);
        if (space <= 0) {
            // A first word longer than the line is split with a hyphen, so "Recommendati- / ons" does not
            // read as two words.
            int brim = Math.max(1, longestFittingPrefix(text, width - measure(HYPHEN)));
            return twoLines(text, brim, text.charAt(brim - 1) == '-' ? "" : HYPHEN, font, width);
        }
        List<String> byWords = twoLines(text, space, "", font, width);
        if (!byWords.get(1).endsWith(ELLIPSIS)) {
            return byWords;
        }
        // The rest is cut anyway: filling the first line to the brim, with a hyphen where it splits a
        // word, may show more of the name ("Warehouse manage- / ment link (EU)" against "Warehouse /
        // management…").
        probe.setFont(font);
        int brim = Math.max(1, longestFittingPrefix(text, width - measure(HYPHEN)));
        boolean splitsWord = text.charAt(brim) != ' ' && text.charAt(brim - 1) != ' ';
        List<String> filled = twoLines(text, brim, splitsWord ? HYPHEN : "", font, width);
        return shown(filled) > shown(byWords) ? filled : byWords;
    }

    private List<String> twoLines(String text, int cut, String hyphen, Font font, double width) {
        return List.of(text.substring(0, cut).stripTrailing() + hyphen, shorten(text.substring(cut).strip(), font, width));
    }

    /** How many characters of the text two lines show, hyphen and ellipsis aside. */
    private static int shown(List<String> lines) {
        int count = 0;
        for (String line : lines) {
            count += line.length() - (line.endsWith(ELLIPSIS) || line.endsWith(HYPHEN) ? 1 : 0);
        }
        return count;
    }

    /** The length of the longest prefix of {@code text} that fits in {@code width}, surrogate pairs kept whole. */
    private int longestFittingPrefix(String text, double width) {
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (measure(text.substring(0, mid)) <= width) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        if (low > 0 && Character.isHighSurrogate(text.charAt(low - 1))) {
            low--;
        }
        return low;
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
