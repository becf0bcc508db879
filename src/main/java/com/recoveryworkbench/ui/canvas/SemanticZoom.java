package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.io.export.MapLook;

/**
 * What a card shows at a zoom: never a shrunken copy of the full card, but as much as can be read.
 * Every text the canvas draws is at least {@link #MIN_TEXT_PX} pixels high ({@link #PRESENTATION_MIN_TEXT_PX}
 * on a projector), so each level starts where its smallest text reaches that size:
 * <ul>
 *   <li>{@link Detail#FULL}: kind, name, tier, owner and result, once the smallest of them
 *       ({@link #FULL_SMALLEST_TEXT} world units) is legible;</li>
 *   <li>{@link Detail#LABEL}: the verdict symbol and the name wrapped onto two lines, in type of
 *       {@link #NAME_TEXT} world units ({@link #PRESENTATION_NAME_TEXT} when presented);</li>
 *   <li>{@link Detail#BLOCK}: below that, a block in the verdict colour (with its symbol while the
 *       block is large enough). While lanes are drawn (by region, owner or any other {@link LaneGrouping}),
 *       no block of a grouped service is drawn: each group is one tile over its lane saying what it holds
 *       ("eu-west · 23 services · 3 ✗ · up by 1h2m") with a bar of its verdicts' shares, and the
 *       dependencies between groups are bundled with a count ({@link GroupTiles}). Only the services in
 *       no group stay blocks.</li>
 * </ul>
 * Tiles are semantic folding: a view of the zoom, never an edit. The plan, its folded groups, the dirty
 * flag and the undo history stay as they are, and zooming in past the name level shows the cards again
 * (docs/adr/0027-group-tiles-at-low-zoom.md). Pure functions.
 */
public final class SemanticZoom {
    /** The smallest text on the editing canvas, in screen pixels. */
    public static final double MIN_TEXT_PX = 11;
    /** The smallest text in the presentation look, read from the back of a room. */
    public static final double PRESENTATION_MIN_TEXT_PX = 18;
    /** The smallest type on a full card (owner line, tier badge, a long name), in world units: {@link MapLook}'s. */
    static final double FULL_SMALLEST_TEXT = Math.min(MapLook.OWNER_SIZE,
            Math.min(MapLook.BADGE_SIZE, MapLook.LONG_NAME_SIZE));
    /** The type of a name at {@link Detail#LABEL}, in world units: two lines of about 14 characters fit a card. */
    static final double NAME_TEXT = 18;
    /**
     * The type of a name at {@link Detail#LABEL} when presented, in world units: larger, so that a map
     * fitted to a projector at 2/3 still shows names at {@link #PRESENTATION_MIN_TEXT_PX} (with
     * {@link #NAME_TEXT} it would take 100 %, and the retail sample, which fits a 1920 × 1080 projector
     * at 69 %, would present as nameless blocks). Two lines of about 10 characters fit a card, so where
     * names first show, a presented name longer than about 20 characters is cut: readable beats complete
     * from the back row. Zoomed in further, {@link PresentedNames} sets a long name in smaller type (never
     * under {@link #PRESENTATION_MIN_TEXT_PX}) or on a third line, to show it whole.
     */
    static final double PRESENTATION_NAME_TEXT = 27;

    /** How much of a card to draw. */
    public enum Detail { BLOCK, LABEL, FULL }

    private SemanticZoom() {
    }

    /** The smallest text size for the look: {@link #MIN_TEXT_PX}, or {@link #PRESENTATION_MIN_TEXT_PX}. */
    public static double minTextPx(boolean presentation) {
        return presentation ? PRESENTATION_MIN_TEXT_PX : MIN_TEXT_PX;
    }

    /** The type of a name at {@link Detail#LABEL} in the look, in world units. */
    static double nameText(boolean presentation) {
        return presentation ? PRESENTATION_NAME_TEXT : NAME_TEXT;
    }

    /** The level of detail at {@code scale} (screen pixels per world unit) for the look. */
    public static Detail detail(double scale, boolean presentation) {
        double min = minTextPx(presentation);
        if (FULL_SMALLEST_TEXT * scale >= min) {
            return Detail.FULL;
        }
        return nameText(presentation) * scale >= min ? Detail.LABEL : Detail.BLOCK;
    }

    /** The smallest scale that shows {@code detail} in the look; 0 for {@link Detail#BLOCK}. */
    public static double scaleFor(Detail detail, boolean presentation) {
        double min = minTextPx(presentation);
        return switch (detail) {
            case BLOCK -> 0;
            case LABEL -> min / nameText(presentation);
            case FULL -> min / FULL_SMALLEST_TEXT;
        };
    }
}
