package com.recoveryworkbench.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs blocks into rows so that the whole is about as wide for its height as a canvas, with short
 * arrows between the blocks: ELK's box layout ({@link ElkLayering#box}) with its aspect-ratio option
 * does the packing. Box layout chooses its row width from the blocks' total area, which overshoots or
 * undershoots for a handful of large blocks, so a few aspect ratios around the wanted one are tried,
 * and for up to {@link #PERMUTED_UP_TO} blocks every order of them too (a region that two others depend
 * on goes between them). Of the packings that show at least {@link #GOOD_ENOUGH} as large as the best
 * on the canvas, the one with the shortest arrows between blocks is kept. Pure function; thread-safe.
 */
final class BlockPacking {
    /** Aspect ratios tried, as factors of the canvas's. */
    private static final double[] TRIES = {1, 0.5, 0.7, 1.4, 2, 3};
    /** Beyond this many blocks (120 orders) only the given order is packed. */
    static final int PERMUTED_UP_TO = 5;
    /** A packing may show this much smaller than the largest if its arrows are shorter. */
    static final double GOOD_ENOUGH = 0.9;

    /** A packing: each block's top-left corner, in the order of the sizes given. */
    private record Packing(List<Slot> corners, double scale, double arrows) {
    }

    private BlockPacking() {
    }

    /**
     * The top-left corner of each block, in the order of {@code sizes} ({@code main} as width,
     * {@code cross} as height), at least {@code gap} apart, packed for a canvas {@code aspectRatio}
     * times as wide as it is high. {@code links[i][j]} is how many arrows run between blocks i and j;
     * with equal merits the given order, packed at the canvas's own ratio, wins.
     */
    static List<Slot> pack(List<Slot> sizes, double gap, double aspectRatio, int[][] links) {
        List<Packing> candidates = new ArrayList<>();
        for (int[] order : orders(sizes.size())) {
            List<Slot> ordered = new ArrayList<>();
            for (int i : order) {
                ordered.add(sizes.get(i));
            }
            for (double factor : TRIES) {
                List<Slot> placed = ElkLayering.box(ordered, gap, aspectRatio * factor);
                Slot[] corners = new Slot[sizes.size()];
                for (int k = 0; k < order.length; k++) {
                    corners[order[k]] = placed.get(k);
                }
                List<Slot> cornerList = List.of(corners);
                candidates.add(new Packing(cornerList, fitScale(sizes, cornerList, aspectRatio),
                        arrowLength(sizes, cornerList, links)));
            }
        }
        double largest = candidates.stream().mapToDouble(Packing::scale).max().orElseThrow();
        Packing best = null;
        for (Packing p : candidates) {
            // Strictly shorter only: on a tie the earlier candidate (given order, canvas ratio) stays.
            if (p.scale() >= GOOD_ENOUGH * largest && (best == null || p.arrows() < best.arrows() - 1e-6)) {
                best = p;
            }
        }
        return best.corners();
    }

    /** How large the packing shows on a canvas of {@code aspectRatio} x 1: what limits a fit to window. */
    static double fitScale(List<Slot> sizes, List<Slot> corners, double aspectRatio) {
        double width = 0;
        double height = 0;
        for (int i = 0; i < sizes.size(); i++) {
            width = Math.max(width, corners.get(i).main() + sizes.get(i).main());
            height = Math.max(height, corners.get(i).cross() + sizes.get(i).cross());
        }
        return Math.min(aspectRatio / width, 1 / height);
    }

    /** The arrows between blocks, each as long as the distance between its blocks' centres. */
    private static double arrowLength(List<Slot> sizes, List<Slot> corners, int[][] links) {
        double total = 0;
        for (int i = 0; i < sizes.size(); i++) {
            for (int j = i + 1; j < sizes.size(); j++) {
                if (links[i][j] > 0) {
                    double dx = corners.get(i).main() + sizes.get(i).main() / 2
                            - corners.get(j).main() - sizes.get(j).main() / 2;
                    double dy = corners.get(i).cross() + sizes.get(i).cross() / 2
                            - corners.get(j).cross() - sizes.get(j).cross() / 2;
                    total += links[i][j] * Math.hypot(dx, dy);
                }
            }
        }
        return total;
    }

    /** The given order first, then (up to {@link #PERMUTED_UP_TO} blocks) every other, in lexicographic order. */
    private static List<int[]> orders(int n) {
        List<int[]> orders = new ArrayList<>();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        orders.add(order.clone());
        while (n <= PERMUTED_UP_TO && nextPermutation(order)) {
            orders.add(order.clone());
        }
        return orders;
    }

    private static boolean nextPermutation(int[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = a.length - 1;
        while (a[j] <= a[i]) {
            j--;
        }
        swap(a, i, j);
        for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
            swap(a, l, r);
        }
        return true;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
