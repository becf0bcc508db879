package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.io.export.BoxArrow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the count pills of one frame's bundled arrows go, in screen pixels. Each pill sits on its own
 * arrow: at its preferred spot (where the pictures put it, {@link BoxArrow#countPoint}: a little way out
 * from a folded end, or the middle when both or neither end is folded) when that covers no pill placed
 * before it and no card, else at the nearest free spot a pill's length further along the arrow either way.
 * An arrow with no free spot gets no pill: two counts on top of each other could not be read. Pills keep
 * {@link #GAP} pixels apart. Placed pills are filed on a grid, so that a spot is checked against the few
 * pills near it. Reset for each frame; FX thread only.
 */
final class CountPlacement {
    /** Free space kept between two pills, in screen pixels. */
    static final double GAP = 3;
    /** How many spots along an arrow are tried: the preferred one and up to three each way. */
    static final int TRIES = 7;

    /** Whether a screen rectangle covers a card (a service or a folded group). */
    interface Cards {
        boolean covers(double minX, double minY, double maxX, double maxY);
    }

    /** The pills placed in this frame, {minX, minY, maxX, maxY}, under each grid cell they meet. */
    private final Map<Long, List<double[]>> placed = new HashMap<>();
    private double cell = 1;

    /**
     * The cards of {@code frame} as drawn through {@code v}: its services' cards, its folded groups' cards
     * with the two cards of their stack peeking out right and below ({@link FoldedGroupPainter}), and its tiles.
     */
    static Cards cardsOf(Frame frame, Viewport v, double minTextPx) {
        FoldedCards folded = frame.fold().cards();
        double stack = 2 * FoldedGroupPainter.STACK_OFFSET_EMS * FoldedCards.textPx(v.scale(), minTextPx) + 1;
        return (minX, minY, maxX, maxY) -> {
            WorldRect area = new WorldRect(v.toWorldX(minX), v.toWorldY(minY), v.toWorldX(maxX), v.toWorldY(maxY));
            for (FoldedCards.Card card : folded.all()) {
                WorldRect b = FoldedCards.drawnBounds(card, v.scale(), minTextPx);
                // A tile has no stack behind it.
                double peek = card.tile() ? 0 : stack / v.scale();
                if (area.intersects(b.minX(), b.minY(), b.maxX() + peek, b.maxY() + peek)) {
                    return true;
                }
            }
            return !frame.services().query(area).isEmpty();
        };
    }

    /** Forgets the last frame's pills; {@code cell}: the pitch of the grid they are filed on, about a pill's height. */
    void reset(double cell) {
        placed.clear();
        this.cell = cell;
    }

    /**
     * Places a pill of {@code width} x {@code height} on the arrow {@code line} ({x1, y1, x2, y2}, from its
     * start to its head), preferably {@code distance} out from its folded end ({@code atStart},
     * {@code atEnd}); returns the pill's centre and keeps its place taken, or {@code null} when every spot
     * tried covers another pill or a card.
     */
    double[] place(double[] line, boolean atStart, boolean atEnd, double distance, double width, double height,
                   Cards cards) {
        double dx = line[2] - line[0];
        double dy = line[3] - line[1];
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return null;
        }
        double ux = dx / length;
        double uy = dy / length;
        double[] spot = BoxArrow.countPoint(line, atStart, atEnd, distance);
        double preferred = Math.hypot(spot[0] - line[0], spot[1] - line[1]);
        // A pill's extent along the arrow: one step moves the next spot clear of the last.
        double step = width * Math.abs(ux) + height * Math.abs(uy) + GAP;
        double least = step / 2;
        double most = length - step / 2;
        for (int i = 0; i < TRIES; i++) {
            int k = (i + 1) / 2;
            double along = preferred + (i % 2 == 1 ? k : -k) * step;
            if (i > 0 && (along < least || along > most)) {
                continue;
            }
            double x = line[0] + ux * along;
            double y = line[1] + uy * along;
            if (free(x, y, width, height) && !cards.covers(x - width / 2, y - height / 2, x + width / 2,
                    y + height / 2)) {
                take(x, y, width, height);
                return new double[] {x, y};
            }
        }
        return null;
    }

    /** Whether a pill centred on (x, y), widened by the gap, overlaps no placed pill. */
    private boolean free(double x, double y, double width, double height) {
        double minX = x - width / 2 - GAP;
        double minY = y - height / 2 - GAP;
        double maxX = x + width / 2 + GAP;
        double maxY = y + height / 2 + GAP;
        for (long cy = cellY(minY); cy <= cellY(maxY); cy++) {
            for (long cx = cellX(minX); cx <= cellX(maxX); cx++) {
                for (double[] pill : placed.getOrDefault(key(cx, cy), List.of())) {
                    if (minX < pill[2] && pill[0] < maxX && minY < pill[3] && pill[1] < maxY) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private void take(double x, double y, double width, double height) {
        double[] pill = {x - width / 2, y - height / 2, x + width / 2, y + height / 2};
        for (long cy = cellY(pill[1]); cy <= cellY(pill[3]); cy++) {
            for (long cx = cellX(pill[0]); cx <= cellX(pill[2]); cx++) {
                placed.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(2)).add(pill);
            }
        }
    }

    private long cellX(double x) {
        return (long) Math.floor(x / cell);
    }

    private long cellY(double y) {
        return (long) Math.floor(y / cell);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
