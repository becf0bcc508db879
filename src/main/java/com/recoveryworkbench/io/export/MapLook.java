package com.recoveryworkbench.io.export;

import java.util.List;

/**
 * The measures and colours of a drawn map, in map units (one unit is one pixel at 100%): the one
 * source of the card's size, band, name row and type sizes, read by the pictures here and by the
 * workbench canvas ({@code ui.canvas.CardGeometry}, {@code CardPainter}), so pictures look like the
 * screen; kept below the UI so the pictures need no JavaFX. Colours are {@code #rrggbb}; verdict
 * colours are {@link VerdictLook}'s.
 */
public final class MapLook {
    public static final double CARD_WIDTH = 200;
    public static final double CARD_HEIGHT = 90;
    /** The verdict band on the card's left edge. */
    public static final double BAND = 8;
    public static final double BORDER = 2;
    public static final double PAD = 14;
    /** Where the name starts, after the kind glyph, and the room it leaves for the tier badge. */
    public static final double NAME_LEFT = 34;
    public static final double NAME_RIGHT_GAP = 46;
    /** Where the result line starts, after the verdict symbol. */
    public static final double RESULT_LEFT = 34;
    public static final double GLYPH_SIZE = 16;
    public static final double GLYPH_TOP = 11;
    public static final double BADGE_LEFT_FROM_RIGHT = 40;
    public static final double BADGE_TOP = 10;
    public static final double BADGE_WIDTH = 30;
    public static final double BADGE_HEIGHT = 18;
    /** Text baselines, from the card's top edge. */
    public static final double NAME_BASELINE = 26;
    public static final double BADGE_BASELINE = 23.5;
    public static final double OWNER_BASELINE = 50;
    public static final double RESULT_BASELINE = 77;
    /**
     * A picture's card with its name on two lines: the second line's baseline (it may run under the
     * badge, which ends above it) and the owner's, moved down to make room.
     */
    public static final double SECOND_NAME_BASELINE = 44;
    public static final double OWNER_BASELINE_UNDER_TWO_LINES = 61;
    /**
     * A card with a line about its drill evidence ({@link EvidenceLine}): the owner moves up and the
     * evidence line, in the owner's type, sits between it and the result.
     */
    public static final double OWNER_BASELINE_WITH_EVIDENCE = 45;
    public static final double EVIDENCE_BASELINE = 61;

    public static final double NAME_SIZE = 15;
    /** On the canvas, a name too long for the card at {@link #NAME_SIZE} is set this size before it is cut with "…". */
    public static final double LONG_NAME_SIZE = 12;
    /**
     * As large as the owner line: the canvas shows a full card once its smallest type is legible, so no
     * card text is smaller than the owner's.
     */
    public static final double BADGE_SIZE = 12;
    public static final double OWNER_SIZE = 12;
    public static final double RESULT_SIZE = 13;
    public static final double TITLE_SIZE = 24;
    public static final double LEGEND_SIZE = 14;

    /**
     * A region's box in a picture, as the canvas draws its lanes: this much room around its cards, a
     * band above them for its name, the name this size and inset, a faint fill and a stronger border.
     */
    public static final double REGION_PAD = 12;
    public static final double REGION_LABEL_BAND = 44;
    public static final double REGION_LABEL_SIZE = 20;
    public static final double REGION_LABEL_INSET = 16;
    public static final double REGION_BORDER = 2;
    public static final double REGION_FILL_OPACITY = 0.07;
    public static final double REGION_BORDER_OPACITY = 0.6;
    /** Region colours in turn: blues, greys and browns, away from the verdict colours, as the canvas's lanes. */
    public static final List<String> REGION_HUES = List.of("#0072b2", "#8c6d46", "#5a5a9e", "#2f8f9d", "#7a7a7a",
            "#56b4e9");

    /**
     * A folded group's card (the canvas's and the pictures'): this size at 100 %, at the top-left corner of
     * its members' cards, its name and what it holds in these sizes, a stack of this many cards behind it
     * this far apart, and the pill with a bundled arrow's count.
     */
    public static final double FOLDED_WIDTH = 2 * CARD_WIDTH + 40;
    public static final double FOLDED_HEIGHT = CARD_HEIGHT + 30;
    public static final double FOLDED_NAME_SIZE = 20;
    public static final double FOLDED_TEXT_SIZE = 16;
    public static final double FOLDED_BAND = 30;
    public static final int FOLDED_STACK = 2;
    public static final double FOLDED_STACK_OFFSET = 5;
    public static final double COUNT_SIZE = 13;

    public static final double ARROW_WIDTH = 1.5;
    public static final double GLYPH_LINE_WIDTH = 1.4;
    public static final double HEAD_LENGTH = 13;
    public static final double HEAD_HALF_WIDTH = 5.5;
    /** Soft dependencies are dashed: this long on, this long off. */
    public static final double DASH_ON = 9;
    public static final double DASH_OFF = 6;

    public static final String BACKGROUND = "#ffffff";
    public static final String CARD_FILL = "#ffffff";
    public static final String TEXT = "#141414";
    public static final String SECONDARY_TEXT = "#4d4d4d";
    public static final String ARROW = "#3a3a3a";
    /** The band of a card with no result, and the badge of a tier the plan lacks. */
    public static final String NEUTRAL_BAND = "#b5b5b5";

    private MapLook() {
    }

    /** Black or white, whichever reads better on {@code fill} ({@code #rrggbb}). */
    public static String contrastOn(String fill) {
        int rgb = Integer.parseInt(fill.substring(1), 16);
        double luminance = (0.2126 * (rgb >> 16 & 0xff) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff)) / 255;
        return luminance > 0.5 ? "#000000" : "#ffffff";
    }
}
