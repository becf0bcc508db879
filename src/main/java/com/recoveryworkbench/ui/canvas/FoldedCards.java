package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.analysis.FoldedMap;
import com.recoveryworkbench.io.export.MapLook;
import com.recoveryworkbench.model.GroupKind;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the canvas draws each folded group ({@link FoldedMap}): one card of {@link #WIDTH} x
 * {@link #HEIGHT} world units at the top-left corner of its members' cards, where the group's lane began.
 * Zoomed out below the names ({@link #tiled}), every other group is drawn too, as a tile over its lane.
 * Zoomed far out a card grows on screen until its text is legible ({@link #drawnBounds}): hit tests use
 * the same rectangle. Immutable; a pure function of the plan and the grouping.
 */
final class FoldedCards {
    static final FoldedCards NONE = new FoldedCards(FoldedMap.of(Plan.empty(""), null), List.of());
    /** Room for the name and "23 services · 3 ✗ · 1 ! · up by 1h2m" at the name size. */
    static final double WIDTH = MapLook.FOLDED_WIDTH;
    static final double HEIGHT = MapLook.FOLDED_HEIGHT;
    /** The type on a folded card, in world units; the name is a fifth larger. */
    static final double TEXT = 18;
    /** A card on screen is at least this many ems wide and high, so three lines of text fit it. */
    static final double MIN_WIDTH_EMS = 24;
    static final double MIN_HEIGHT_EMS = 5;
    /**
     * A tile is at least 12 ems wide, room for a name and the longest part of a summary ("26 services"), and
     * breaks its summary over the lines its lane's width needs: grown further, neighbouring lanes' tiles would
     * cover each other's words. It is higher than a folded card, growing down where the lanes beside it leave
     * room: the name, three lines of summary and under them the verdict bar.
     */
    static final double TILE_MIN_WIDTH_EMS = 12;
    static final double TILE_MIN_HEIGHT_EMS = 7.5;
    /**
     * The gap between the tiles of lanes that touch, in units of the smallest text allowed (about 50 px
     * editing, 81 px presenting), so that a bundled arrow between them shows its head and its count.
     */
    static final double TILE_GAP_EMS = 4.5;
    /** A folded card's text is at least this much larger than the smallest text allowed. */
    static final double MIN_TEXT_RATIO = 1.25;

    /**
     * One folded group's card: the group and its place at 100 %.
     *
     * @param tile whether it is a tile over a group's lane (zoomed out, a view only), not a group the plan folds
     */
    record Card(FoldedMap.Group group, WorldRect bounds, boolean tile) {
        String name() {
            return group.name();
        }
    }

    private final FoldedMap map;
    private final List<Card> cards;
    private final Map<String, Card> byName = new HashMap<>();

    private FoldedCards(FoldedMap map, List<Card> cards) {
        this.map = map;
        this.cards = List.copyOf(cards);
        cards.forEach(c -> byName.put(c.name(), c));
    }

    /** The folded cards of {@code plan} when grouped by {@code grouping}. */
    static FoldedCards of(Plan plan, LaneGrouping grouping) {
        FoldedMap map = FoldedMap.of(plan, grouping == null ? null : grouping.kind());
        List<Card> cards = new ArrayList<>();
        for (FoldedMap.Group group : map.groups()) {
            cards.add(folded(plan, group));
        }
        return new FoldedCards(map, cards);
    }

    /**
     * The cards of {@code plan} grouped by {@code grouping} with every group folded for the drawing: those the
     * plan folds as folded cards, every other group as a tile over the lane it has unfolded ({@link Lanes}), so
     * their arrows bundle between tiles as between folded cards. Services in no group stay cards.
     */
    static FoldedCards tiled(Plan plan, LaneGrouping grouping) {
        GroupKind kind = grouping == null ? null : grouping.kind();
        if (kind == null) {
            return of(plan, grouping);
        }
        Set<String> groups = new TreeSet<>();
        for (Service s : plan.services()) {
            groups.add(kind.groupOf(s));
        }
        groups.remove("");
        FoldedMap map = FoldedMap.of(plan, kind, groups);
        Set<String> planFolded = plan.folded().of(kind);
        Map<String, Lane> lanes = new HashMap<>();
        // The lanes as drawn unfolded: of the services the plan does not fold away.
        for (Lane lane : Lanes.of(FoldedMap.of(plan, kind).shown(), grouping).all()) {
            lanes.put(lane.name(), lane);
        }
        List<Card> cards = new ArrayList<>();
        for (FoldedMap.Group group : map.groups()) {
            Lane lane = lanes.get(group.name());
            cards.add(planFolded.contains(group.name()) || lane == null ? folded(plan, group)
                    : new Card(group, lane.box(), true));
        }
        return new FoldedCards(map, cards);
    }

    /** The folded card of {@code group}: at the top-left corner of its members' cards. */
    private static Card folded(Plan plan, FoldedMap.Group group) {
        Position corner = FoldedMap.corner(plan, group);
        return new Card(group, new WorldRect(corner.x(), corner.y(), corner.x() + WIDTH, corner.y() + HEIGHT), false);
    }

    FoldedMap map() {
        return map;
    }

    boolean isEmpty() {
        return cards.isEmpty();
    }

    /** The cards, by group name. */
    List<Card> all() {
        return cards;
    }

    /** The card of the folded group {@code name}; {@code null} when it is not folded or has no services. */
    Card card(String name) {
        return byName.get(name);
    }

    /** The union of the cards as drawn at {@code scale} ({@link #drawnBounds}); {@code null} when there are none. */
    WorldRect bounds(double scale, double minTextPx) {
        WorldRect all = null;
        for (Card c : cards) {
            WorldRect drawn = drawnBounds(c, scale, minTextPx);
            all = all == null ? drawn : all.union(drawn);
        }
        return all;
    }

    /**
     * Where {@code card} is drawn at {@code scale} when no text may be smaller than {@code minTextPx}:
     * its place, grown right and down while its text would be too small to read in it.
     */
    static WorldRect drawnBounds(Card card, double scale, double minTextPx) {
        double px = textPx(scale, minTextPx);
        WorldRect b = card.bounds();
        double minWidth = (card.tile() ? TILE_MIN_WIDTH_EMS : MIN_WIDTH_EMS) * px / scale;
        double minHeight = (card.tile() ? TILE_MIN_HEIGHT_EMS : MIN_HEIGHT_EMS) * px / scale;
        WorldRect grown = new WorldRect(b.minX(), b.minY(), b.minX() + Math.max(b.width(), minWidth),
                b.minY() + Math.max(b.height(), minHeight));
        return card.tile() ? inset(grown, TILE_GAP_EMS * minTextPx / 2 / scale, minWidth, minHeight) : grown;
    }

    /**
     * {@code r} drawn {@code by} world units in from each side, but never smaller than {@code minWidth} x
     * {@code minHeight}: lanes that touch leave a gap between their tiles for the arrows and counts between them.
     */
    private static WorldRect inset(WorldRect r, double by, double minWidth, double minHeight) {
        double x = Math.max(0, Math.min(by, (r.width() - minWidth) / 2));
        double y = Math.max(0, Math.min(by, (r.height() - minHeight) / 2));
        return new WorldRect(r.minX() + x, r.minY() + y, r.maxX() - x, r.maxY() - y);
    }

    /**
     * The size of a folded card's text on screen: {@link #TEXT} at the zoom, never below {@link #MIN_TEXT_RATIO}
     * times {@code minTextPx}: a folded card is what a room reads of a map zoomed far out.
     */
    static double textPx(double scale, double minTextPx) {
        return Math.max(TEXT * scale, MIN_TEXT_RATIO * minTextPx);
    }

    /** The folded card drawn over world point ({@code wx}, {@code wy}); {@code null} for none. */
    Card at(double wx, double wy, double scale, double minTextPx) {
        for (Card c : cards) {
            if (drawnBounds(c, scale, minTextPx).contains(wx, wy)) {
                return c;
            }
        }
        return null;
    }
}
