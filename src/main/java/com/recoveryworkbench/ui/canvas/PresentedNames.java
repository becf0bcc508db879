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
 * lines; else on three lines of the smallest such type, when they fit the card's height; else on two
 * lines of the largest type, cut with "…". So a long name ("Customer identity (EU)") is shown whole once
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
        for (int size = largest; size >= smallest; size--) {
            List<String> lines = fitter.wrapTwoLines(name, font(size), width);
            if (whole(lines)) {
                return new Setting(font(size), lines, twoLineStep(size));
            }
        }
        if (THREE_LINE_HEIGHT * smallest + 2 * MARGIN <= HEIGHT) {
            List<String> three = threeLines(name, font(smallest));
            if (whole(three)) {
                return new Setting(font(smallest), three, THREE_LINE_STEP * smallest);
            }
        }
        return new Setting(font(largest), fitter.wrapTwoLines(name, font(largest), width), twoLineStep(largest));
    }

    /** The editing look's pitch: 22 units for 18-unit type. */
    private static double twoLineStep(double size) {
        return 22 * size / SemanticZoom.NAME_TEXT;
    }

    /** The first line as two lines would have it, then the rest on two more. */
    private List<String> threeLines(String name, Font font) {
        String first = fitter.wrapTwoLines(name, font, width).get(0);
        String head = first.endsWith("-") && !name.startsWith(first) ? first.substring(0, first.length() - 1) : first;
        List<String> lines = new ArrayList<>();
        lines.add(first);
        lines.addAll(fitter.wrapTwoLines(name.strip().substring(head.length()).strip(), font, width));
        return lines;
    }

    private static boolean whole(List<String> lines) {
        return lines.stream().noneMatch(line -> line.endsWith("…"));
    }

    private Font font(int size) {
        return fonts.computeIfAbsent(size, s -> Font.font("System", FontWeight.BOLD, s));
    }
}
