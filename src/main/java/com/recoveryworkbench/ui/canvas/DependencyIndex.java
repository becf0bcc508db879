package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dependencies of one plan as lines between card centres, in flat arrays so that painting can
 * cull thousands of them per frame without lookups, and a grid over those lines, built on the first
 * click that needs it, so picking a line does not scan them all. Dependencies naming a service the
 * plan lacks are left out (the analysis reports them). FX thread only (the grid is built lazily).
 */
public final class DependencyIndex {
    private static final double CELL = SpatialIndex.CELL;
    /** Picking tolerance is capped below a cell, so the 3 x 3 cells around a click hold every candidate. */
    static final double MAX_TOLERANCE = CELL * 0.75;

    private final Dependency[] dependencies;
    private final double[] fromX;
    private final double[] fromY;
    private final double[] toX;
    private final double[] toY;
    private Map<Long, List<Integer>> grid;

    private DependencyIndex(SpatialIndex services) {
        List<Dependency> drawable = new ArrayList<>();
        for (Dependency d : services.plan().dependencies()) {
            if (services.service(d.from()) != null && services.service(d.to()) != null) {
                drawable.add(d);
            }
        }
        int n = drawable.size();
        dependencies = drawable.toArray(new Dependency[0]);
        fromX = new double[n];
        fromY = new double[n];
        toX = new double[n];
        toY = new double[n];
        for (int i = 0; i < n; i++) {
            Service from = services.service(dependencies[i].from());
            Service to = services.service(dependencies[i].to());
            fromX[i] = CardGeometry.centreX(from.position());
            fromY[i] = CardGeometry.centreY(from.position());
            toX[i] = CardGeometry.centreX(to.position());
            toY[i] = CardGeometry.centreY(to.position());
        }
    }

    /** Indexes the dependencies of the plan {@code services} was built from. */
    public static DependencyIndex of(SpatialIndex services) {
        return new DependencyIndex(services);
    }

    /** Receives the dependencies that may be visible, with their card centres. */
    @FunctionalInterface
    public interface Visitor {
        void visit(Dependency dependency, double fromX, double fromY, double toX, double toY);
    }

    /**
     * Visits, in plan order, every dependency whose line's bounding box (grown by half a card, where
     * arrowheads and borders lie) meets {@code area}; skips the others with a few comparisons each.
     */
    public void forEachVisible(WorldRect area, Visitor visitor) {
        WorldRect grown = area.expanded(CardGeometry.WIDTH / 2);
        for (int i = 0; i < dependencies.length; i++) {
            if (grown.intersects(Math.min(fromX[i], toX[i]), Math.min(fromY[i], toY[i]), Math.max(fromX[i], toX[i]),
                    Math.max(fromY[i], toY[i]))) {
                visitor.visit(dependencies[i], fromX[i], fromY[i], toX[i], toY[i]);
            }
        }
    }

    public int size() {
        return dependencies.length;
    }

    /**
     * The dependency whose arrow passes nearest to (wx, wy), if within {@code tolerance} world units
     * (capped at {@link #MAX_TOLERANCE}); {@code null} when none does.
     */
    public Dependency dependencyNear(double wx, double wy, double tolerance) {
        double reach = Math.min(tolerance, MAX_TOLERANCE);
        Map<Long, List<Integer>> cells = grid();
        int cx = cell(wx);
        int cy = cell(wy);
        int best = -1;
        double bestDistance = reach;
        for (int x = cx - 1; x <= cx + 1; x++) {
            for (int y = cy - 1; y <= cy + 1; y++) {
                for (int i : cells.getOrDefault(key(x, y), List.of())) {
                    CardGeometry.Segment s = CardGeometry.arrow(fromX[i], fromY[i], toX[i], toY[i]);
                    double distance = s == null ? Double.POSITIVE_INFINITY
                            : CardGeometry.distanceToSegment(wx, wy, s.x1(), s.y1(), s.x2(), s.y2());
                    // On a tie the later one wins: it is drawn on top.
                    if (distance < bestDistance || (distance == bestDistance && i > best)) {
                        best = i;
                        bestDistance = distance;
                    }
                }
            }
        }
        return best < 0 ? null : dependencies[best];
    }

    private Map<Long, List<Integer>> grid() {
        if (grid == null) {
            grid = new HashMap<>();
            for (int i = 0; i < dependencies.length; i++) {
                addLine(i);
            }
        }
        return grid;
    }

    /**
     * Records the cells the line passes through by sampling it every quarter cell: any point within
     * {@link #MAX_TOLERANCE} of the line is then at most one cell away from a recorded one.
     */
    private void addLine(int i) {
        double length = Math.hypot(toX[i] - fromX[i], toY[i] - fromY[i]);
        int steps = Math.max(1, (int) Math.ceil(length / (CELL / 4)));
        long last = Long.MIN_VALUE;
        for (int step = 0; step <= steps; step++) {
            double t = (double) step / steps;
            long k = key(cell(fromX[i] + (toX[i] - fromX[i]) * t), cell(fromY[i] + (toY[i] - fromY[i]) * t));
            if (k != last) {
                List<Integer> list = grid.computeIfAbsent(k, x -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != i) {
                    list.add(i);
                }
                last = k;
            }
        }
    }

    private static int cell(double world) {
        return (int) Math.floor(world / CELL);
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) | (cy & 0xffffffffL);
    }
}
