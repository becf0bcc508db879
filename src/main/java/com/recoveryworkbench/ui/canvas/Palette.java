package com.recoveryworkbench.ui.canvas;

import javafx.scene.paint.Color;

/**
 * The colours the canvas paints with, one set per theme; compliance colours come from
 * {@code ComplianceLook} in every theme. {@code dimAlpha} is the opacity of what a highlight leaves
 * out; {@code lineWeight} multiplies the width of arrows and card borders (1 = the editing look).
 * Immutable.
 */
public record Palette(Color background, Color gridMinor, Color gridMajor, Color cardFill, Color cardBorder,
                      Color text, Color secondaryText, Color arrow, Color selection, Color handle,
                      Color rubberBand, Color neutralBand, double dimAlpha, double lineWeight) {

    /** Dark text on light cards: the default, and what a projector shows best. */
    public static final Palette LIGHT = new Palette(Color.web("#f6f6f3"), Color.web("#e7e7e3"),
            Color.web("#d2d2cd"), Color.WHITE, Color.web("#5f5f5f"), Color.web("#141414"),
            Color.web("#4d4d4d"), Color.web("#3a3a3a"), Color.web("#0072b2"), Color.web("#0072b2"),
            Color.web("#0072b2", 0.12), Color.web("#b5b5b5"), 0.22, 1);

    /** Light text on dark cards, for a dark window theme. */
    public static final Palette DARK = new Palette(Color.web("#1d1e21"), Color.web("#28292d"),
            Color.web("#35363b"), Color.web("#2c2e33"), Color.web("#9a9a9a"), Color.web("#f2f2f2"),
            Color.web("#bdbdbd"), Color.web("#cfcfcf"), Color.web("#56b4e9"), Color.web("#56b4e9"),
            Color.web("#56b4e9", 0.16), Color.web("#6e6e6e"), 0.25, 1);

    /**
     * Pure black on white with dark lines, half as thick again (arrows and card borders at least 2 px
     * at 100%), and a faint grid, for washed-out projectors.
     */
    public static final Palette HIGH_CONTRAST = new Palette(Color.WHITE, Color.web("#f0f0f0"),
            Color.web("#d0d0d0"), Color.WHITE, Color.BLACK, Color.BLACK, Color.BLACK, Color.BLACK,
            Color.web("#0040c0"), Color.web("#0040c0"), Color.web("#0040c0", 0.15), Color.web("#707070"), 0.18, 1.5);
}
