package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.model.GroupKind;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.ServiceKind;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * What a picture of the map shows, independent of how it is drawn: a title, the cards and arrows
 * of the chosen services placed in picture units (1 unit = 1 pixel at 1×, the origin top left), the
 * boxes of their regions behind them, and a legend. A region the plan folds ({@link Plan#folded()}) is one
 * {@link FoldedCard} instead of its cards, and the dependencies into and out of it one {@link Bundle} per
 * other end, as on the canvas. {@link SvgPicture} and {@link PngPicture} draw it the same way. Immutable; cards sorted by
 * service id, arrows by (from, to), regions in drawing order (largest first, so a smaller one stays
 * visible on top).
 *
 * @param width  whole units, so a picture at 2× is exactly twice as wide as at 1×
 * @param height whole units
 */
public record MapPicture(String title, int width, int height, List<Region> regions, List<Card> cards,
                         List<Arrow> arrows, List<LegendKey> legend, List<FoldedCard> folded, List<Bundle> bundles) {

    public MapPicture {
        regions = List.copyOf(regions);
        cards = List.copyOf(cards);
        arrows = List.copyOf(arrows);
        legend = List.copyOf(legend);
        folded = List.copyOf(folded);
        bundles = List.copyOf(bundles);
    }

    /** A picture with no folded region. */
    public MapPicture(String title, int width, int height, List<Region> regions, List<Card> cards, List<Arrow> arrows,
                      List<LegendKey> legend) {
        this(title, width, height, regions, cards, arrows, legend, List.of(), List.of());
    }

    /**
     * The picture of {@code plan} as {@code analysis} judged it, of every service when {@code selection}
     * is empty, else of the selected services and the dependencies between them; ids the plan lacks are
     * ignored. A service the analysis has no result for is drawn grey with no verdict.
     */
    public static MapPicture of(Plan plan, Analysis analysis, Set<String> selection) {
        return of(plan, analysis, selection, GroupKind.REGION);
    }

    /**
     * As {@link #of(Plan, Analysis, Set)}, with boxes around and folds of the groups of {@code groups}
     * (regions, owners or named groups) instead of the regions.
     */
    public static MapPicture of(Plan plan, Analysis analysis, Set<String> selection, GroupKind groups) {
        return of(plan, analysis, selection, groups, text -> SvgText.width(text, MapLook.NAME_SIZE, true));
    }

    /**
     * As {@link #of(Plan, Analysis, Set)}, with each name wrapped as {@code nameWidth} measures it in
     * bold at {@link MapLook#NAME_SIZE}: a renderer that knows its font (the PNG) passes that font's
     * measure, so a line is never cut where the font would have held it; the SVG, drawn with whatever
     * font the viewer has, uses its estimate.
     */
    static MapPicture of(Plan plan, Analysis analysis, Set<String> selection, ToDoubleFunction<String> nameWidth) {
        return of(plan, analysis, selection, GroupKind.REGION, nameWidth);
    }

    static MapPicture of(Plan plan, Analysis analysis, Set<String> selection, GroupKind groups,
                         ToDoubleFunction<String> nameWidth) {
        return PictureLayout.lay(plan, analysis, selection, groups, nameWidth);
    }

    /**
     * The box around the cards of one region, as the canvas draws its lane: its top left at (x, y), its
     * name with its baseline at (labelX, labelBaseline) in the band above the cards; {@code colour}
     * {@code #rrggbb}, drawn faint inside and stronger on the border.
     */
    public record Region(String name, double x, double y, double width, double height, double labelX,
                         double labelBaseline, String colour) {
    }

    /**
     * One service card with its top-left corner at (x, y), {@link MapLook#CARD_WIDTH} by
     * {@link MapLook#CARD_HEIGHT}. {@code nameLines} is how the name is shown, at
     * {@link MapLook#NAME_SIZE} on every card: whole on one line, else on two, the second cut with "…"
     * only when two lines do not hold it. {@code verdict} is {@code null} when there is no result;
     * {@code owner} empty when not set; colours are {@code #rrggbb}.
     */
    public record Card(String id, double x, double y, ServiceKind kind, String name, List<String> nameLines,
                       String owner, String tierBadge, String tierColour, String resultLine, VerdictLook verdict) {

        public Card {
            nameLines = List.copyOf(nameLines);
        }

        /** Where the owner's baseline is, below a name on one line or on two. */
        public double ownerBaseline() {
            return nameLines.size() > 1 ? MapLook.OWNER_BASELINE_UNDER_TWO_LINES : MapLook.OWNER_BASELINE;
        }

        /** The verdict colour, or {@link MapLook#NEUTRAL_BAND} without a verdict. */
        public String bandColour() {
            return verdict == null ? MapLook.NEUTRAL_BAND : verdict.colour();
        }
    }

    /** A dependency arrow from the dependent's card border to its dependency's, tip at (x2, y2). */
    public record Arrow(String from, String to, double x1, double y1, double x2, double y2, boolean hard) {
    }

    /**
     * A folded region's card, {@link MapLook#FOLDED_WIDTH} by {@link MapLook#FOLDED_HEIGHT} with its top-left
     * corner at (x, y): its name, then {@code lines} saying what it holds ("23 services · 3 ✗", "up by
     * 1h2m"); {@code verdict} is its members' worst, {@code null} when none has one.
     */
    public record FoldedCard(String region, double x, double y, List<String> lines, VerdictLook verdict) {
        public FoldedCard {
            lines = List.copyOf(lines);
        }

        /** The verdict colour, or {@link MapLook#NEUTRAL_BAND} without a verdict. */
        public String bandColour() {
            return verdict == null ? MapLook.NEUTRAL_BAND : verdict.colour();
        }
    }

    /**
     * The dependencies between a folded region and one other end (a service or another folded region) as
     * one arrow, tip at (x2, y2), with how many it stands for (shown at (countX, countY) when more than one);
 * hard when one of them is.
     */
    public record Bundle(String from, String to, double x1, double y1, double x2, double y2, boolean hard,
                         int count, double countX, double countY) {
    }

    /** One legend entry, its sample drawn from (x, y), the top left of its row. */
    public sealed interface LegendKey {
        double x();

        double y();

        String label();
    }

    /** A verdict: its colour band, its symbol and its label. */
    public record VerdictKey(VerdictLook verdict, double x, double y) implements LegendKey {
        @Override
        public String label() {
            return verdict.label();
        }
    }

    /** A dependency line style: solid for hard, dashed for soft. */
    public record LineKey(boolean hard, double x, double y) implements LegendKey {
        @Override
        public String label() {
            return hard ? "Hard dependency: must be up first" : "Soft dependency: runs degraded without";
        }
    }
}
