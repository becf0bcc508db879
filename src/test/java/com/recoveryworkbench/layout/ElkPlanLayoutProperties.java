package com.recoveryworkbench.layout;

import static com.recoveryworkbench.layout.Cards.HEIGHT;
import static com.recoveryworkbench.layout.Cards.WIDTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ElkPlanLayoutProperties {
    private static final List<String> REGIONS = List.of("", "eu-west", "us-east", "ap-south");
    private final PlanLayout layout = new ElkPlanLayout();

    private static Set<String> everyThird(Plan plan, int offset) {
        Set<String> ids = new TreeSet<>();
        List<Service> services = plan.services();
        for (int i = offset; i < services.size(); i += 3) {
            ids.add(services.get(i).id());
        }
        return ids;
    }

    @Property(tries = 40)
    void noMovedCardOverlapsAnotherCard(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int size,
                                        @ForAll @IntRange(min = 0, max = 5) int backEdges,
                                        @ForAll Direction direction, @ForAll boolean scoped, @ForAll boolean pinning) {
        Plan plan = Cards.random(seed, size, REGIONS, backEdges);
        LayoutRequest request = new LayoutRequest(plan, scoped ? everyThird(plan, 0) : Set.of(),
                pinning ? everyThird(plan, 1) : Set.of(), direction, WIDTH, HEIGHT);

        assertEquals(List.of(), Cards.overlapsInvolvingMoved(plan, layout.arrange(request)));
    }

    @Example
    void noCardsOverlapInAPlanOfTwoHundredServices() {
        Plan plan = Cards.random(200, 200, REGIONS, 0);

        assertEquals(List.of(), Cards.overlapsInvolvingMoved(plan, layout.arrange(
                LayoutRequest.all(plan, Direction.LEFT_TO_RIGHT, WIDTH, HEIGHT))));
    }

    @Property(tries = 40)
    void everyHardDependencyPointsToAnEarlierLayer(@ForAll long seed, @ForAll @IntRange(min = 2, max = 60) int size,
                                                  @ForAll Direction direction, @ForAll boolean regions) {
        Plan plan = Cards.random(seed, size, regions ? REGIONS : List.of(""), 0);

        Map<String, Position> p = layout.arrange(LayoutRequest.all(plan, direction, WIDTH, HEIGHT)).positions();

        for (Dependency d : plan.dependencies()) {
            if (d.isHard()) {
                Position dependent = p.get(d.from());
                Position needed = p.get(d.to());
                if (direction == Direction.LEFT_TO_RIGHT) {
                    assertTrue(needed.x() + WIDTH <= dependent.x(), d::toString);
                } else {
                    assertTrue(needed.y() + HEIGHT <= dependent.y(), d::toString);
                }
            }
        }
    }

    @Property(tries = 40)
    void arrangingASelectionMovesOnlyTheSelection(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int size,
                                                  @ForAll Direction direction) {
        Plan plan = Cards.random(seed, size, REGIONS, 2);
        Set<String> scope = everyThird(plan, 0);

        LayoutResult result = layout.arrange(new LayoutRequest(plan, scope, Set.of(), direction, WIDTH, HEIGHT));
        Plan after = result.applyTo(plan);

        assertEquals(scope, result.positions().keySet());
        for (Service s : plan.services()) {
            if (!scope.contains(s.id())) {
                assertEquals(s.position(), after.service(s.id()).orElseThrow().position(), s.id());
            }
        }
    }

    @Property(tries = 40)
    void pinnedServicesNeverMove(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int size,
                                 @ForAll Direction direction) {
        Plan plan = Cards.random(seed, size, REGIONS, 2);
        Set<String> pinned = everyThird(plan, 2);

        LayoutResult result = layout.arrange(new LayoutRequest(plan, Set.of(), pinned, direction, WIDTH, HEIGHT));

        Set<String> expected = new TreeSet<>(plan.services().stream().map(Service::id).toList());
        expected.removeAll(pinned);
        assertEquals(expected, result.positions().keySet());
    }

    @Property(tries = 30)
    void servicesThePlanPinsNeverMove(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int size,
                                      @ForAll Direction direction, @ForAll boolean scoped) {
        Plan random = Cards.random(seed, size, REGIONS, 2);
        Set<String> pinned = everyThird(random, 2);
        Plan plan = random.withServices(random.services().stream().filter(s -> pinned.contains(s.id()))
                .map(s -> s.toBuilder().pinned(true).build()).toList());

        LayoutResult result = layout.arrange(new LayoutRequest(plan, scoped ? everyThird(plan, 1) : Set.of(),
                Set.of(), direction, WIDTH, HEIGHT));

        pinned.forEach(id -> assertFalse(result.positions().containsKey(id), id));
        assertEquals(List.of(), Cards.overlapsInvolvingMoved(plan, result));
    }

    /**
     * Every fourth service is forced into one of layers 1-6: it lands on the main coordinate of that layer
     * of the free cards (or past the last one at the usual pitch), and the hard dependencies between free
     * services still point to an earlier layer.
     */
    @Property(tries = 40)
    void forcedLayersAreKeptAndFreeServicesStillFollowTheirDependencies(
            @ForAll long seed, @ForAll @IntRange(min = 2, max = 60) int size, @ForAll Direction direction,
            @ForAll boolean regions) {
        Plan random = Cards.random(seed, size, regions ? REGIONS : List.of(""), 0);
        List<Service> hinted = new ArrayList<>();
        for (int i = 0; i < size; i += 4) {
            hinted.add(random.services().get(i).toBuilder().layer(1 + (int) Math.floorMod(seed + i, 6L)).build());
        }
        Plan plan = random.withServices(hinted);
        boolean rows = direction == Direction.LEFT_TO_RIGHT;
        double extent = rows ? WIDTH : HEIGHT;

        LayoutResult result = layout.arrange(LayoutRequest.all(plan, direction, WIDTH, HEIGHT));
        Map<String, Position> p = result.positions();

        TreeSet<Double> layers = new TreeSet<>();
        plan.services().stream().filter(s -> s.layer() == null).forEach(s -> layers.add(main(p.get(s.id()), rows)));
        List<Double> starts = List.copyOf(layers);
        double pitch = extent + ElkLayering.LAYER_GAP;
        for (Service s : plan.services()) {
            if (s.layer() != null) {
                double expected = s.layer() <= starts.size() ? starts.get(s.layer() - 1)
                        : starts.get(starts.size() - 1) + (s.layer() - starts.size()) * pitch;
                assertEquals(expected, main(p.get(s.id()), rows), s.id() + " in layer " + s.layer());
            }
        }
        for (Dependency d : plan.dependencies()) {
            Service dependent = plan.service(d.from()).orElseThrow();
            Service needed = plan.service(d.to()).orElseThrow();
            if (d.isHard() && dependent.layer() == null && needed.layer() == null) {
                assertTrue(main(p.get(d.to()), rows) + extent <= main(p.get(d.from()), rows), d::toString);
            }
        }
        assertEquals(List.of(), Cards.overlapsInvolvingMoved(plan, result));
    }

    private static double main(Position position, boolean rows) {
        return rows ? position.x() : position.y();
    }

    @Property(tries = 30)
    void samePlanGivesTheSamePositions(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int size,
                                       @ForAll Direction direction) {
        Plan plan = Cards.random(seed, size, REGIONS, 3);
        LayoutRequest request = LayoutRequest.all(plan, direction, WIDTH, HEIGHT);

        assertEquals(layout.arrange(request), new ElkPlanLayout().arrange(request));
    }

    /**
     * A region's block is the band its cards span across the direction (rows for left to right,
     * columns for top to bottom); no card of another region may fall into that band.
     */
    @Property(tries = 40)
    void eachRegionOccupiesABandNoOtherRegionEnters(@ForAll long seed, @ForAll @IntRange(min = 2, max = 60) int size,
                                                     @ForAll @IntRange(min = 0, max = 5) int backEdges,
                                                     @ForAll Direction direction) {
        Plan plan = Cards.random(seed, size, REGIONS, backEdges);
        Map<String, Position> p = layout.arrange(LayoutRequest.all(plan, direction, WIDTH, HEIGHT)).positions();
        boolean rows = direction == Direction.LEFT_TO_RIGHT;
        double extent = rows ? HEIGHT : WIDTH;

        Map<String, double[]> bands = new TreeMap<>();
        for (Service s : plan.services()) {
            double start = rows ? p.get(s.id()).y() : p.get(s.id()).x();
            bands.merge(s.region(), new double[] {start, start + extent},
                    (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        List<double[]> sorted = new ArrayList<>(bands.values());
        sorted.sort((a, b) -> Double.compare(a[0], b[0]));
        for (int i = 1; i < sorted.size(); i++) {
            assertTrue(sorted.get(i)[0] >= sorted.get(i - 1)[1], "bands overlap: " + bands.keySet());
        }
    }

    @Property(tries = 30)
    void positionsAreWholeUnits(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int size,
                                @ForAll Direction direction, @ForAll boolean pinning) {
        Plan plan = Cards.random(seed, size, REGIONS, 1);
        LayoutResult result = layout.arrange(new LayoutRequest(plan, Set.of(), pinning ? everyThird(plan, 1) : Set.of(),
                direction, WIDTH + 0.5, HEIGHT + 0.25));

        result.positions().values().forEach(q -> {
            assertEquals(Math.rint(q.x()), q.x());
            assertEquals(Math.rint(q.y()), q.y());
        });
    }
}
