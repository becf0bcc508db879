package com.recoveryworkbench.io.export;

import static com.recoveryworkbench.io.export.MapLook.CARD_HEIGHT;
import static com.recoveryworkbench.io.export.MapLook.CARD_WIDTH;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.GroupKind;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.TierPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Places a {@link MapPicture}: the title on top, the cards below it where the plan has them with
 * their region boxes around them (shifted so the top-left card or box touches the margin), each name
 * wrapped to the card, straight arrows between card borders as on the canvas, folded regions as one
 * card each with their arrows bundled ({@link PictureFolds}), and the legend under the map, wrapped to
 * the picture's width. Names are wrapped by the measure the caller passes, that
 * of the font that will draw them. Stateless.
 */
final class PictureLayout {
    static final double MARGIN = 24;
    static final double MIN_CONTENT_WIDTH = 600;
    static final double VERDICT_KEY_WIDTH = 200;
    static final double LINE_KEY_WIDTH = 340;
    static final double KEY_ROW_HEIGHT = 28;
    /** Where a legend label starts, after its sample. */
    static final double KEY_LABEL_LEFT = 50;
    /** The name's first line lies between the kind glyph and the tier badge; the second may run under the badge. */
    static final double FIRST_NAME_WIDTH = CARD_WIDTH - MapLook.NAME_LEFT - MapLook.NAME_RIGHT_GAP;
    static final double SECOND_NAME_WIDTH = CARD_WIDTH - MapLook.NAME_LEFT - MapLook.PAD;
    private static final double TITLE_GAP = 24;
    private static final double LEGEND_GAP = 32;

    private PictureLayout() {
    }

    /** {@code groups}: the kind of group boxed and folded (regions, unless the window's lanes show another). */
    static MapPicture lay(Plan plan, Analysis analysis, Set<String> selection, GroupKind groups,
                          ToDoubleFunction<String> nameWidth) {
        PictureFolds folds = PictureFolds.of(plan, groups, selection);
        List<Service> shown = folds.shown().services().stream()
                .filter(s -> selection.isEmpty() || selection.contains(s.id())).toList();
        Map<String, PictureRegions.Box> regionBoxes = PictureRegions.boxes(shown, groups);
        PictureRegions.Box map = shown.stream()
                .map(s -> new PictureRegions.Box(s.position().x(), s.position().y(), s.position().x() + CARD_WIDTH,
                        s.position().y() + CARD_HEIGHT))
                .reduce(PictureRegions.Box::union).orElse(new PictureRegions.Box(0, 0, 0, 0));
        for (PictureRegions.Box box : regionBoxes.values()) {
            map = map.union(box);
        }
        for (PictureRegions.Box box : folds.boxes().values()) {
            map = map.union(box);
        }
        double mapWidth = map.maxX() - map.minX();
        double mapHeight = map.maxY() - map.minY();
        double mapTop = MARGIN + MapLook.TITLE_SIZE + TITLE_GAP;
        double dx = MARGIN - map.minX();
        double dy = mapTop - map.minY();

        Map<String, MapPicture.Card> cards = new HashMap<>();
        List<MapPicture.Card> ordered = new ArrayList<>();
        for (Service s : shown) {
            MapPicture.Card card = card(plan, analysis, s, s.position().x() + dx, s.position().y() + dy, nameWidth);
            cards.put(s.id(), card);
            ordered.add(card);
        }
        List<MapPicture.Arrow> arrows = new ArrayList<>();
        for (Dependency d : plan.dependencies()) {
            MapPicture.Card from = cards.get(d.from());
            MapPicture.Card to = cards.get(d.to());
            if (from != null && to != null) {
                arrow(d, from, to, arrows);
            }
        }

        double contentWidth = Math.max(mapWidth, MIN_CONTENT_WIDTH);
        List<MapPicture.LegendKey> legend = new ArrayList<>();
        boolean someUnaffected = analysis.results().stream().anyMatch(r -> r.verdict() == Verdict.UNAFFECTED);
        double legendBottom = legend(contentWidth, mapTop + mapHeight + LEGEND_GAP, someUnaffected, legend);
        String title = title(plan, analysis.scenario(), shown.size(), selection);
        // Summaries are measured with the names' bold measure, scaled: bold is the wider, so they fit.
        ToDoubleFunction<String> textWidth = text -> nameWidth.applyAsDouble(text) * MapLook.FOLDED_TEXT_SIZE
                / MapLook.NAME_SIZE;
        return new MapPicture(title, (int) Math.ceil(contentWidth + 2 * MARGIN), (int) Math.ceil(legendBottom + MARGIN),
                PictureRegions.place(regionBoxes, dx, dy), ordered, arrows, legend,
                folds.cards(analysis, dx, dy, textWidth), folds.bundles(cards, dx, dy));
    }

    private static MapPicture.Card card(Plan plan, Analysis analysis, Service s, double x, double y,
                                        ToDoubleFunction<String> nameWidth) {
        var result = analysis.result(s.id()).orElse(null);
        String tierColour = plan.tier(s.tier()).map(TierPolicy::color).orElse(MapLook.NEUTRAL_BAND);
        List<String> nameLines = TextFit.twoLines(s.name(), FIRST_NAME_WIDTH, SECOND_NAME_WIDTH, nameWidth);
        return new MapPicture.Card(s.id(), x, y, s.kind(), s.name(), nameLines, s.owner(),
                CardLines.tierBadge(s.tier()), tierColour, CardLines.result(result), result == null ? null : VerdictLook.of(result.verdict()));
    }

    /** Along the line between the card centres, from where it leaves one card to where it enters the other. */
    private static void arrow(Dependency d, MapPicture.Card from, MapPicture.Card to, List<MapPicture.Arrow> out) {
        double fx = from.x() + CARD_WIDTH / 2;
        double fy = from.y() + CARD_HEIGHT / 2;
        double ddx = to.x() + CARD_WIDTH / 2 - fx;
        double ddy = to.y() + CARD_HEIGHT / 2 - fy;
        if (ddx == 0 && ddy == 0) {
            return;
        }
        double tx = ddx == 0 ? Double.POSITIVE_INFINITY : (CARD_WIDTH / 2) / Math.abs(ddx);
        double ty = ddy == 0 ? Double.POSITIVE_INFINITY : (CARD_HEIGHT / 2) / Math.abs(ddy);
        double t = Math.min(tx, ty);
        if (t >= 0.5) {
            return; // the cards overlap: no stretch of line lies outside both
        }
        out.add(new MapPicture.Arrow(d.from(), d.to(), fx + ddx * t, fy + ddy * t, fx + ddx * (1 - t),
                fy + ddy * (1 - t), d.isHard()));
    }

    /** Verdicts on one row, line styles on the next, each wrapped to {@code width}; returns the bottom. */
    private static double legend(double width, double top, boolean withUnaffected, List<MapPicture.LegendKey> out) {
        double[] cursor = {MARGIN, top};
        for (VerdictLook v : VerdictLook.values()) {
            if (v == VerdictLook.UNAFFECTED && !withUnaffected) {
                continue; // only a scenario that spares some services has them
            }
            place(cursor, VERDICT_KEY_WIDTH, width);
            out.add(new MapPicture.VerdictKey(v, cursor[0], cursor[1]));
            cursor[0] += VERDICT_KEY_WIDTH;
        }
        cursor[0] = MARGIN;
        cursor[1] += KEY_ROW_HEIGHT;
        for (boolean hard : new boolean[] {true, false}) {
            place(cursor, LINE_KEY_WIDTH, width);
            out.add(new MapPicture.LineKey(hard, cursor[0], cursor[1]));
            cursor[0] += LINE_KEY_WIDTH;
        }
        return cursor[1] + KEY_ROW_HEIGHT;
    }

    private static void place(double[] cursor, double keyWidth, double width) {
        if (cursor[0] > MARGIN && cursor[0] + keyWidth > MARGIN + width) {
            cursor[0] = MARGIN;
            cursor[1] += KEY_ROW_HEIGHT;
        }
    }

    private static String title(Plan plan, Scenario scenario, int shown, Set<String> selection) {
        String plain = plan.name().isEmpty() ? "Untitled plan" : plan.name();
        String name = scenario.isTotal() ? plain : plain + " — " + scenario.name();
        return selection.isEmpty() ? name : name + " — " + shown + " of " + plan.serviceCount() + " services";
    }
}
