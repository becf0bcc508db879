package com.recoveryworkbench.ui.canvas;

import java.util.HashSet;
import java.util.Set;

/**
 * Collects, while a frame is painted, what {@link DrawnText} reports: a running minimum, four sets
 * of a few dozen entries and a count, so keeping it costs nothing measurable. FX thread only.
 */
final class FrameText {
    private double smallestPx = Double.POSITIVE_INFINITY;
    private final Set<String> named = new HashSet<>();
    private final Set<String> summarised = new HashSet<>();
    private final Set<String> folded = new HashSet<>();
    private final Set<String> tiled = new HashSet<>();
    private int bundles;

    void startFrame() {
        smallestPx = Double.POSITIVE_INFINITY;
        named.clear();
        summarised.clear();
        folded.clear();
        tiled.clear();
        bundles = 0;
    }

    void drew(double px) {
        smallestPx = Math.min(smallestPx, px);
    }

    void named(String serviceId) {
        named.add(serviceId);
    }

    void summarised(String lane) {
        summarised.add(lane);
    }

    void folded(String group) {
        folded.add(group);
    }

    void tiled(String group) {
        tiled.add(group);
    }

    void bundled() {
        bundles++;
    }

    DrawnText snapshot() {
        return new DrawnText(smallestPx, named, summarised, folded, bundles, tiled);
    }
}
