package com.recoveryworkbench.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Arrange on the shipped two-region sample (68 services in us-east, eu-west and global, 133
 * dependencies), for a 1400 x 875 canvas (a 1920 x 1080 window less its panels): the regions become
 * blocks packed to the canvas's shape, which shows the map far larger than its hand layout does.
 */
class ArrangedRegionsTest {
    private static final double WIDTH = 200;
    private static final double HEIGHT = 90;
    private static final double CANVAS_WIDTH = 1400;
    private static final double CANVAS_HEIGHT = 875;
    /** What Fit to Window leaves around the map, in pixels. */
    private static final double FIT_MARGIN = 40;

    private final Plan sample = load();
    private final Map<String, Position> arranged = arrange(sample, Direction.LEFT_TO_RIGHT);

    private static Plan load() {
        try {
            return new PlanReader().read(Path.of("assets/samples/two-region-commerce.rplan.json")).plan();
        } catch (Exception e) {
            throw new AssertionError("the sample does not load", e);
        }
    }

    private static Map<String, Position> arrange(Plan plan, Direction direction) {
        LayoutRequest request = LayoutRequest.all(plan, direction, WIDTH, HEIGHT)
                .withAspectRatio(CANVAS_WIDTH / CANVAS_HEIGHT);
        Map<String, Position> positions = new TreeMap<>();
        new ElkPlanLayout().arrange(request).applyTo(plan).services().forEach(s -> positions.put(s.id(), s.position()));
        return positions;
    }

    private static Map<String, Position> hand(Plan plan) {
        Map<String, Position> positions = new TreeMap<>();
        plan.services().forEach(s -> positions.put(s.id(), s.position()));
        return positions;
    }

    /** [width, height] of the cards' bounding box. */
    private static double[] extent(Map<String, Position> positions) {
        double minX = positions.values().stream().mapToDouble(Position::x).min().orElseThrow();
        double minY = positions.values().stream().mapToDouble(Position::y).min().orElseThrow();
        double maxX = positions.values().stream().mapToDouble(Position::x).max().orElseThrow() + WIDTH;
        double maxY = positions.values().stream().mapToDouble(Position::y).max().orElseThrow() + HEIGHT;
        return new double[] {maxX - minX, maxY - minY};
    }

    /** The zoom at which Fit to Window shows every card. */
    private static double fitZoom(Map<String, Position> positions) {
        double[] e = extent(positions);
        return Math.min((CANVAS_WIDTH - 2 * FIT_MARGIN) / e[0], (CANVAS_HEIGHT - 2 * FIT_MARGIN) / e[1]);
    }

    @Test
    void threeSmallRegionsGoSideBySideOnAWideCanvasAndUnderEachOtherOnATallOne() {
        Plan three = Cards.plan(List.of(Cards.service("a", "r1"), Cards.service("b", "r2"), Cards.service("c", "r3")),
                List.of());
        // Each region is one 200 x 90 card; blocks are 100 apart, in name order (no region needs another).
        Map<String, Position> wide = positions(three, 10);
        assertEquals(List.of(new Position(0, 0), new Position(300, 0), new Position(600, 0)),
                List.of(wide.get("a"), wide.get("b"), wide.get("c")));
        Map<String, Position> tall = positions(three, 0.1);
        assertEquals(List.of(new Position(0, 0), new Position(0, 190), new Position(0, 380)),
                List.of(tall.get("a"), tall.get("b"), tall.get("c")));
    }

    @Test
    void withoutTheCanvasShapeRegionsStayLanesAcrossTheWaves() {
        Plan two = Cards.plan(List.of(Cards.service("db", "r1"), Cards.service("app", "r2")),
                List.of(Dependency.hard("app", "db")));
        Map<String, Position> lanes = positions(two, 0);
        // Lanes keep the layers of the whole plan: app one layer after db (200 + 60), in the lane below
        // (a 90-unit lane, then 60 between lanes).
        assertEquals(new Position(0, 0), lanes.get("db"));
        assertEquals(new Position(260, 150), lanes.get("app"));
    }

    private static Map<String, Position> positions(Plan plan, double aspectRatio) {
        Map<String, Position> positions = new TreeMap<>();
        new ElkPlanLayout().arrange(new LayoutRequest(plan, null, null, Direction.LEFT_TO_RIGHT, WIDTH, HEIGHT,
                aspectRatio)).applyTo(plan).services().forEach(s -> positions.put(s.id(), s.position()));
        return positions;
    }

    @Test
    void theArrangedMapIsShapedLikeTheCanvas() {
        double[] e = extent(arranged);
        double relative = (e[0] / e[1]) / (CANVAS_WIDTH / CANVAS_HEIGHT);
        assertTrue(relative >= 0.5 && relative <= 2, "aspect ratio " + e[0] / e[1] + " against the canvas's "
                + CANVAS_WIDTH / CANVAS_HEIGHT);
    }

    @Test
    void noTwoCardsOverlap() {
        List<String> overlaps = new ArrayList<>();
        List<String> ids = List.copyOf(arranged.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                Position a = arranged.get(ids.get(i));
                Position b = arranged.get(ids.get(j));
                if (a.x() < b.x() + WIDTH && b.x() < a.x() + WIDTH && a.y() < b.y() + HEIGHT && b.y() < a.y() + HEIGHT) {
                    overlaps.add(ids.get(i) + "/" + ids.get(j));
                }
            }
        }
        assertEquals(List.of(), overlaps);
    }

    @Test
    void everyHardDependencyInsideARegionPointsAlongTheWaves() {
        for (Direction direction : Direction.values()) {
            Map<String, Position> p = direction == Direction.LEFT_TO_RIGHT ? arranged : arrange(sample, direction);
            for (Dependency d : sample.dependencies()) {
                Service dependent = sample.service(d.from()).orElseThrow();
                Service needed = sample.service(d.to()).orElseThrow();
                if (d.isHard() && dependent.region().equals(needed.region())) {
                    boolean later = direction == Direction.LEFT_TO_RIGHT
                            ? p.get(d.from()).x() >= p.get(d.to()).x() + WIDTH
                            : p.get(d.from()).y() >= p.get(d.to()).y() + HEIGHT;
                    assertTrue(later, direction + ": " + d.from() + " comes after " + d.to());
                }
            }
        }
    }

    @Test
    void fitsAtLeastHalfAgainAsLargeAsTheHandLayoutWithNoMoreCrossings() {
        double hand = fitZoom(hand(sample));
        double mine = fitZoom(arranged);
        assertTrue(mine >= 1.5 * hand, "arranged fits at " + mine + ", the hand layout at " + hand);
        long handCrossings = crossings(sample, hand(sample));
        long arrangedCrossings = crossings(sample, arranged);
        assertTrue(arrangedCrossings <= handCrossings,
                arrangedCrossings + " crossings arranged, " + handCrossings + " in the hand layout");
    }

    /** Pairs of hard dependencies whose straight arrows (card centre to card centre) cross inside both. */
    static long crossings(Plan plan, Map<String, Position> p) {
        List<double[]> segments = new ArrayList<>();
        List<String[]> ends = new ArrayList<>();
        for (Dependency d : plan.dependencies()) {
            if (d.isHard()) {
                Position a = p.get(d.from());
                Position b = p.get(d.to());
                segments.add(new double[] {a.x() + WIDTH / 2, a.y() + HEIGHT / 2, b.x() + WIDTH / 2, b.y() + HEIGHT / 2});
                ends.add(new String[] {d.from(), d.to()});
            }
        }
        long count = 0;
        for (int i = 0; i < segments.size(); i++) {
            for (int j = i + 1; j < segments.size(); j++) {
                if (!shareACard(ends.get(i), ends.get(j)) && cross(segments.get(i), segments.get(j))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean shareACard(String[] a, String[] b) {
        return a[0].equals(b[0]) || a[0].equals(b[1]) || a[1].equals(b[0]) || a[1].equals(b[1]);
    }

    private static boolean cross(double[] s, double[] t) {
        double d1 = orientation(s[0], s[1], s[2], s[3], t[0], t[1]);
        double d2 = orientation(s[0], s[1], s[2], s[3], t[2], t[3]);
        double d3 = orientation(t[0], t[1], t[2], t[3], s[0], s[1]);
        double d4 = orientation(t[0], t[1], t[2], t[3], s[2], s[3]);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double orientation(double ax, double ay, double bx, double by, double cx, double cy) {
        return Math.signum((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
    }
}
