package com.recoveryworkbench.bench;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Counts edge crossings the same way for every engine: each hard dependency is a straight segment
 * between the centres of its two cards, and two segments cross when they intersect at a point inside
 * both (segments that share a card, touch or run collinear do not count). Crossings survive any
 * scaling, so engines may report positions in their own units.
 */
final class EdgeCrossings {

    private record Segment(String a, String b, double x1, double y1, double x2, double y2) {
        double minX() {
            return Math.min(x1, x2);
        }

        double maxX() {
            return Math.max(x1, x2);
        }
    }

    private EdgeCrossings() {
    }

    /** {@code centres} maps each service to its card's centre; dependencies with a missing end are skipped. */
    static long count(Plan plan, Map<String, double[]> centres) {
        List<Segment> segments = new ArrayList<>();
        for (Dependency d : plan.dependencies()) {
            double[] from = centres.get(d.from());
            double[] to = centres.get(d.to());
            if (d.isHard() && from != null && to != null) {
                segments.add(new Segment(d.from(), d.to(), from[0], from[1], to[0], to[1]));
            }
        }
        segments.sort(Comparator.comparingDouble(Segment::minX));
        long crossings = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            for (int j = i + 1; j < segments.size() && segments.get(j).minX() < s.maxX(); j++) {
                if (cross(s, segments.get(j))) {
                    crossings++;
                }
            }
        }
        return crossings;
    }

    private static boolean cross(Segment s, Segment t) {
        if (s.a().equals(t.a()) || s.a().equals(t.b()) || s.b().equals(t.a()) || s.b().equals(t.b())) {
            return false;
        }
        double d1 = orientation(s.x1(), s.y1(), s.x2(), s.y2(), t.x1(), t.y1());
        double d2 = orientation(s.x1(), s.y1(), s.x2(), s.y2(), t.x2(), t.y2());
        double d3 = orientation(t.x1(), t.y1(), t.x2(), t.y2(), s.x1(), s.y1());
        double d4 = orientation(t.x1(), t.y1(), t.x2(), t.y2(), s.x2(), s.y2());
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double orientation(double ax, double ay, double bx, double by, double cx, double cy) {
        return Math.signum((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
    }
}
