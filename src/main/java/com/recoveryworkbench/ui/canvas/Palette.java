package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.io.export.VerdictLook.Contrast;
import com.recoveryworkbench.io.export.VerdictLook;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * The colours the canvas paints with, one set per theme; verdict colours are {@link VerdictLook}'s in
 * the palette's {@code verdictContrast}, the same the theme's stylesheets get. {@code dimAlpha} is the opacity of what a highlight leaves
 * out; {@code lineWeight} multiplies the width of arrows and card borders (1 = the editing look).
 * Immutable.
 */
public record Palette(Color background, Color gridMinor, Color gridMajor, Color cardFill, Color cardBorder,
                      Color text, Color secondaryText, Color arrow, Color selection, Color handle,
                      Color rubberBand, Color neutralBand, double dimAlpha, double lineWeight,
                      Contrast verdictContrast) {
    private static final Map<Contrast, Map<Verdict, Color>> VERDICT_COLOURS = verdictColours();

    /** Dark text on light cards: the default, and what a projector shows best. */
    public static final Palette LIGHT = new Palette(Color.web("#f6f6f3"), Color.web("#e7e7e3"),
            Color.web("#d2d2cd"), Color.WHITE, Color.web("#5f5f5f"), Color.web("#141414"),
            Color.web("#4d4d4d"), Color.web("#3a3a3a"), Color.web("#0072b2"), Color.web("#0072b2"),
            Color.web("#0072b2", 0.12), Color.web("#b5b5b5"), 0.22, 1, Contrast.STANDARD);

    /** Light text on dark cards, for a dark window theme. */
    public static final Palette DARK = new Palette(Color.web("#1d1e21"), Color.web("#28292d"),
            Color.web("#35363b"), Color.web("#2c2e33"), Color.web("#9a9a9a"), Color.web("#f2f2f2"),
            Color.web("#bdbdbd"), Color.web("#cfcfcf"), Color.web("#56b4e9"), Color.web("#56b4e9"),
            Color.web("#56b4e9", 0.16), Color.web("#6e6e6e"), 0.25, 1, Contrast.STANDARD);

    /**
     * Pure black on white with dark lines, half as thick again (arrows and card borders at least 2 px
     * at 100%), and a faint grid, for washed-out projectors.
     */
    public static final Palette HIGH_CONTRAST = new Palette(Color.WHITE, Color.web("#f0f0f0"),
            Color.web("#d0d0d0"), Color.WHITE, Color.BLACK, Color.BLACK, Color.BLACK, Color.BLACK,
            Color.web("#0040c0"), Color.web("#0040c0"), Color.web("#0040c0", 0.15), Color.web("#707070"), 0.18, 1.5, Contrast.HIGH);

    /** The colour of a verdict's band and symbol on this palette. */
    public Color verdict(Verdict verdict) {
        return VERDICT_COLOURS.get(verdictContrast).get(verdict);
    }

    /** Parsed once: the painters ask for a verdict colour for every card of every frame. */
    private static Map<Contrast, Map<Verdict, Color>> verdictColours() {
        Map<Contrast, Map<Verdict, Color>> byContrast = new EnumMap<>(Contrast.class);
        for (Contrast contrast : Contrast.values()) {
            Map<Verdict, Color> colours = new EnumMap<>(Verdict.class);
            for (Verdict verdict : Verdict.values()) {
                colours.put(verdict, Color.web(VerdictLook.of(verdict).colour(contrast)));
            }
            byContrast.put(contrast, colours);
        }
        return byContrast;
    }
}
