package com.recoveryworkbench.layout;

import com.recoveryworkbench.model.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cards of one size in a grid of buckets, one bucket per card-sized cell, so asking whether a
 * rectangle is free looks at a handful of cards instead of all of them. Not thread-safe; callers keep
 * one per computation.
 */
final class CardIndex {
    private final double width;
    private final double height;
    private final Map<Long, List<Position>> buckets = new HashMap<>();

    CardIndex(double width, double height) {
        this.width = width;
        this.height = height;
    }

    void add(Position card) {
        for (long key : cells(card.x(), card.y(), card.x() + width, card.y() + height)) {
            buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(card);
        }
    }

    void remove(Position card) {
        for (long key : cells(card.x(), card.y(), card.x() + width, card.y() + height)) {
            List<Position> bucket = buckets.get(key);
            if (bucket != null) {
                bucket.remove(card);
            }
        }
    }

    /**
     * Whether a card at {@code corner}, grown by {@code margin} on every side, overlaps no indexed
     * card. Cards that only touch do not overlap.
     */
    boolean isFree(Position corner, double margin) {
        double left = corner.x() - margin;
        double top = corner.y() - margin;
        double right = corner.x() + width + margin;
        double bottom = corner.y() + height + margin;
        for (long key : cells(left, top, right, bottom)) {
            for (Position p : buckets.getOrDefault(key, List.of())) {
                if (p.x() < right && left < p.x() + width && p.y() < bottom && top < p.y() + height) {
                    return false;
                }
            }
        }
        return true;
    }

    private long[] cells(double left, double top, double right, double bottom) {
        long firstColumn = (long) Math.floor(left / width);
        long lastColumn = (long) Math.floor(right / width);
        long firstRow = (long) Math.floor(top / height);
        long lastRow = (long) Math.floor(bottom / height);
        long[] keys = new long[(int) ((lastColumn - firstColumn + 1) * (lastRow - firstRow + 1))];
        int i = 0;
        for (long column = firstColumn; column <= lastColumn; column++) {
            for (long row = firstRow; row <= lastRow; row++) {
                // Rows stay far below 2^31 cells on any canvas, so the pair packs into one long.
                keys[i++] = (column << 32) + row;
            }
        }
        return keys;
    }
}
