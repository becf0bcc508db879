package com.recoveryworkbench.ui.canvas;

import static com.recoveryworkbench.ui.canvas.CardGeometry.HEIGHT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * How a presented card sets its name at {@link SemanticZoom.Detail#LABEL}: in the largest type, from
 * {@link SemanticZoom#PRESENTATION_NAME_TEXT} down to what is still
 * {@link SemanticZoom#PRESENTATION_MIN_TEXT_PX} on screen at the zoom, that shows the whole name on two
 * lines (broken at a space if any of those sizes allows it, see {@link NameBreak}), or on three when they fit the card's height in larger type than two lines would need; else on
 * two lines of the largest type, cut with "…". So a long name ("Customer identity (EU)") is shown whole once
 * the zoom leaves room for smaller type, instead of always cut at about 20 characters. Sizes are whole
 * world units, so each name is fitted once per size. FX thread only.
 */
final class PresentedNames {
    /** Line pitch of three lines, in ems: tighter than two lines' so that three fit the card. */
    static final double THREE_LINE_STEP = 1.05;
    /** What three lines take from the first line's top to the last one's bottom, in ems. */
    private static final double THREE_LINE_HEIGHT = 2 * THREE_LINE_STEP + 1.2;
    /** Room kept above and below three lines, in world units. */
    private static final double MARGIN = 4;

    /** A name set in {@code font} on {@code lines}, {@code lineStep} world units apart. */
    record Setting(Font font, List<String> lines, double lineStep) {
    }

    private final TextFitter fitter;
    private final double width;
    private final Map<Integer, Font> fonts = new HashMap<>();

    /** {@code width}: the name's room on the card, in world units. */
    PresentedNames(TextFitter fitter, double width) {
        this.fitter = fitter;
        this.width = width;
    }

    /** How {@code name} is set at {@code scale} (screen pixels per world unit). */
    Setting set(String name, double scale) {
        int largest = (int) SemanticZoom.PRESENTATION_NAME_TEXT;
        int smallest = Math.min(largest,
                (int) Math.ceil(SemanticZoom.PRESENTATION_MIN_TEXT_PX / scale - 1e-9));
        Setting two = onTwoLines(name, largest, smallest);
        // Three lines in larger type read better than two in much smaller type.
        int largestThree = Math.min(largest, (int) Math.floor((HEIGHT - 2 * MARGIN) / THREE_LINE_HEIGHT));
        Setting three = onThreeLines(name, largestThree,
                two == null ? smallest : (int) two.font().getSize() + 1);
        if (three != null) {
            return three;
        }
        return two != null ? two
                : new Setting(font(largest), fitter.wrapTwoLines(name, font(largest), width), twoLineStep(largest));
    }

    /**
     * The name whole on two lines in the largest type from {@code largest} down to {@code smallest}, or
     * null: broken at a space if any of those sizes allows it, so "Search / cluster (EU)" in smaller type
     * wins over "Search cl- / uster (EU)" in larger; split inside a word only where none does.
     */
    private Setting onTwoLines(String name, int largest, int smallest) {
        Setting splitting = null;
        for (int size = largest; size >= smallest; size--) {
            List<String> lines = fitter.wrapTwoLines(name, font(size), width);
            if (!whole(lines)) {
                continue;
            }
            Setting setting = new Setting(font(size), lines, twoLineStep(size));
            if (!NameBreak.splitsAWord(name, lines)) {
                return setting;
            }
            if (splitting == null) {
                splitting = setting;
            }
        }
        return splitting;
    }

    /**
     * The name on three lines of whole words in the largest type from {@code largest} down to
     * {@code smallest}; {@code null} for none: "Warehouse / manageme- / nt" reads worse than smaller type.
     */
    private Setting onThreeLines(String name, int largest, int smallest) {
        List<String> words = List.of(name.strip().split(" +"));
        for (int size = largest; size >= smallest; size--) {
            List<String> lines = threeLines(words, font(size));
            if (String.join(" ", lines).equals(String.join(" ", words)) && fitsEach(lines, font(size))) {
                return new Setting(font(size), lines, THREE_LINE_STEP * size);
            }
        }
        return null;
    }

    /** The editing look's pitch: 22 units for 18-unit type. */
    private static double twoLineStep(double size) {
        return 22 * size / SemanticZoom.NAME_TEXT;
    }

    /** As many whole words as fit on the first line, then the rest on two more. */
    private List<String> threeLines(List<String> words, Font font) {
        String first = words.get(0);
        int used = 1;
        while (used < words.size() && fits(first + " " + words.get(used), font)) {
            first = first + " " + words.get(used++);
        }
        List<String> lines = new ArrayList<>();
        lines.add(first);
        if (used < words.size()) {
            lines.addAll(fitter.wrapTwoLines(String.join(" ", words.subList(used, words.size())), font, width));
        }
        return lines;
    }

    private boolean fits(String text, Font font) {
        return fitter.fit(text, font, width).equals(text);
    }

    private boolean fitsEach(List<String> lines, Font font) {
        return lines.stream().allMatch(line -> fits(line, font));
    }

    private static boolean whole(List<String> lines) {
        return lines.stream().noneMatch(line -> line.endsWith("…"));
    }

    private Font font(int size) {
        return fonts.computeIfAbsent(size, s -> Font.font("System", FontWeight.BOLD, s));
    }
}
