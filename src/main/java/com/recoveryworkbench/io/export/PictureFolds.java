package com.recoveryworkbench.io.export;

import static com.recoveryworkbench.io.export.MapLook.CARD_HEIGHT;
import static com.recoveryworkbench.io.export.MapLook.CARD_WIDTH;
import static com.recoveryworkbench.io.export.MapLook.FOLDED_HEIGHT;
import static com.recoveryworkbench.io.export.MapLook.FOLDED_WIDTH;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.FoldedMap;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.model.GroupKind;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The folded regions of a picture (or the folded groups of the kind the picture boxes), drawn as the canvas draws them ({@link FoldedMap}): one card per
 * folded region that has a service in the picture, at the top-left corner of its members' cards, and the
 * dependencies into and out of it bundled per other end. Immutable.
 */
final class PictureFolds {
    /** Where the text of a folded card starts, after its band. */
    static final double TEXT_LEFT = MapLook.FOLDED_BAND + 12;
    static final double TEXT_WIDTH = FOLDED_WIDTH - TEXT_LEFT - MapLook.PAD;
    static final double NAME_BASELINE = 30;
    static final double LINE_HEIGHT = 22;
    /** How far from a folded card the count of a bundled arrow is shown. */
    static final double COUNT_DISTANCE = 40;

    private final Plan plan;
    private final FoldedMap map;
    private final Map<String, PictureRegions.Box> boxes = new HashMap<>();

    private PictureFolds(Plan plan, FoldedMap map, Set<String> selection) {
        this.plan = plan;
        this.map = map;
        for (FoldedMap.Group group : map.groups()) {
            if (selection.isEmpty() || group.members().stream().anyMatch(selection::contains)) {
                Position corner = FoldedMap.corner(plan, group);
                boxes.put(group.name(), new PictureRegions.Box(corner.x(), corner.y(), corner.x() + FOLDED_WIDTH,
                        corner.y() + FOLDED_HEIGHT));
            }
        }
    }

    /**
     * The folded groups of kind {@code groups} (regions in a picture of the whole plan from the command line)
     * with a service in {@code selection} (every one when it is empty).
     */
    static PictureFolds of(Plan plan, GroupKind groups, Set<String> selection) {
        return new PictureFolds(plan, FoldedMap.of(plan, groups), selection);
    }

    /** The plan without the services folded away. */
    Plan shown() {
        return map.shown();
    }

    /** Where the folded cards are, in plan units, by region. */
    Map<String, PictureRegions.Box> boxes() {
        return boxes;
    }

    /**
     * The folded cards moved by (dx, dy), by region name, their summaries wrapped as {@code textWidth}
     * measures text at {@link MapLook#FOLDED_TEXT_SIZE}.
     */
    List<MapPicture.FoldedCard> cards(Analysis analysis, double dx, double dy, ToDoubleFunction<String> textWidth) {
        List<MapPicture.FoldedCard> cards = new ArrayList<>();
        for (FoldedMap.Group group : map.groups()) {
            PictureRegions.Box box = boxes.get(group.name());
            if (box == null) {
                continue;
            }
            FoldedMap.Tally tally = FoldedMap.tally(group, analysis, Set.of());
            Map<Verdict, Integer> notMet = new EnumMap<>(Verdict.class);
            notMet.putAll(tally.verdicts());
            notMet.remove(Verdict.MEETS);
            List<String> parts = GroupSummaryText.parts(group.name(), tally.services(), 0, notMet, tally.upBy());
            Verdict worst = tally.worst();
            cards.add(new MapPicture.FoldedCard(group.name(), box.minX() + dx, box.minY() + dy,
                    lines(parts.subList(1, parts.size()), textWidth), worst == null ? null : VerdictLook.of(worst)));
        }
        return cards;
    }

    /** As many parts on a line as fit ("23 services · 3 ✗", then "up by 1h2m"). */
    private static List<String> lines(List<String> parts, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        String line = null;
        for (String part : parts) {
            String longer = line == null ? part : line + " · " + part;
            if (width.applyAsDouble(longer) <= TEXT_WIDTH) {
                line = longer;
            } else {
                if (line != null) {
                    lines.add(line);
                }
                line = part;
            }
        }
        if (line != null) {
            lines.add(line);
        }
        return lines;
    }

    /** The bundled arrows between the cards of the picture, {@code cards} the service cards by id, placed. */
    List<MapPicture.Bundle> bundles(Map<String, MapPicture.Card> cards, double dx, double dy) {
        List<MapPicture.Bundle> bundles = new ArrayList<>();
        for (FoldedMap.Bundle b : map.bundles()) {
            double[] from = end(b.from(), cards, dx, dy);
            double[] to = end(b.to(), cards, dx, dy);
            double[] line = from == null || to == null ? null : BoxArrow.between(from, to);
            if (line != null) {
                double[] count = BoxArrow.countPoint(line, b.from().folded(), b.to().folded(), COUNT_DISTANCE);
                bundles.add(new MapPicture.Bundle(b.from().id(), b.to().id(), line[0], line[1], line[2], line[3],
                        b.hard(), b.count(), count[0], count[1]));
            }
        }
        return bundles;
    }

    private double[] end(FoldedMap.End end, Map<String, MapPicture.Card> cards, double dx, double dy) {
        if (end.folded()) {
            PictureRegions.Box box = boxes.get(end.id());
            return box == null ? null : new double[] {box.minX() + dx, box.minY() + dy, box.maxX() + dx, box.maxY() + dy};
        }
        MapPicture.Card card = cards.get(end.id());
        return card == null ? null : new double[] {card.x(), card.y(), card.x() + CARD_WIDTH, card.y() + CARD_HEIGHT};
    }
}
