package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lanes of one plan under one grouping, computed once per plan: for each group some service
 * names, the box around its cards. Boxes of two groups may overlap when their cards are mixed; the
 * larger is then drawn first, so the smaller stays visible on top, and a label that would cover
 * another lane's label moves right past it. Immutable; pure function of the plan.
 */
public final class Lanes {
    public static final Lanes NONE = new Lanes(List.of());
    /**
     * Room around the cards inside a lane. With the band, 56 units between two regions' cards: the
     * arrangement leaves 60, so arranged lanes do not overlap.
     */
    static final double PAD = 12;
    /** The band above the cards that holds the label. */
    static final double LABEL_BAND = 44;
    /** The label's size in world units: about twice a card name's. */
    static final double LABEL_SIZE = 28;
    private static final double LABEL_INSET = 16;

    private final List<Lane> lanes;

    private Lanes(List<Lane> lanes) {
        this.lanes = List.copyOf(lanes);
    }

    /** The lanes of {@code plan}; {@link #NONE} for {@link LaneGrouping#NONE} or when no service has a group. */
    public static Lanes of(Plan plan, LaneGrouping grouping) {
        if (grouping == LaneGrouping.NONE) {
            return NONE;
        }
        Map<String, WorldRect> cards = new TreeMap<>();
        for (Service s : plan.services()) {
            String group = grouping.groupOf(s);
            if (!group.isEmpty()) {
                cards.merge(group, CardGeometry.bounds(s.position()), WorldRect::union);
            }
        }
        List<Lane> result = new ArrayList<>();
        int colour = 0;
        for (Map.Entry<String, WorldRect> e : cards.entrySet()) {
            WorldRect c = e.getValue();
            WorldRect box = new WorldRect(c.minX() - PAD, c.minY() - PAD - LABEL_BAND, c.maxX() + PAD, c.maxY() + PAD);
            result.add(new Lane(e.getKey(), box, box.minX() + LABEL_INSET, box.minY() + LABEL_BAND - 10, colour++));
        }
        result.sort(Comparator.comparingDouble(Lane::area).reversed().thenComparing(Lane::name));
        return new Lanes(placeLabels(result));
    }

    /** Moves each label right of any earlier one it would cover (labels are estimated at 0.6 em a letter). */
    private static List<Lane> placeLabels(List<Lane> lanes) {
        List<WorldRect> placed = new ArrayList<>();
        List<Lane> result = new ArrayList<>();
        for (Lane lane : lanes) {
            double x = lane.labelX();
            WorldRect label = labelBounds(lane.name(), x, lane.labelY());
            for (int i = 0; i < placed.size(); i++) {
                if (placed.get(i).intersects(label)) {
                    x = placed.get(i).maxX() + LABEL_INSET;
                    label = labelBounds(lane.name(), x, lane.labelY());
                    i = -1;
                }
            }
            placed.add(label);
            result.add(new Lane(lane.name(), lane.box(), x, lane.labelY(), lane.colour()));
        }
        return result;
    }

    private static WorldRect labelBounds(String name, double x, double baseline) {
        return new WorldRect(x, baseline - LABEL_SIZE, x + 0.6 * LABEL_SIZE * name.length(), baseline + 6);
    }

    /** In painting order: largest first. */
    public List<Lane> all() {
        return lanes;
    }

    public boolean isEmpty() {
        return lanes.isEmpty();
    }

    /**
     * The lane a card dropped with its centre at (wx, wy) goes into: the lane named {@code current}
     * when it contains the point (a card stays in its lane while it is inside it), else the smallest
     * lane containing it, else {@code null}.
     */
    public Lane dropTarget(double wx, double wy, String current) {
        Lane best = null;
        for (Lane lane : lanes) {
            if (lane.box().contains(wx, wy)) {
                if (lane.name().equals(current)) {
                    return lane;
                }
                if (best == null || lane.area() < best.area()) {
                    best = lane;
                }
            }
        }
        return best;
    }
}
