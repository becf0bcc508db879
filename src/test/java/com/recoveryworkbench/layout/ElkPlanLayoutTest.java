package com.recoveryworkbench.layout;

import static com.recoveryworkbench.layout.Cards.HEIGHT;
import static com.recoveryworkbench.layout.Cards.WIDTH;
import static com.recoveryworkbench.layout.Cards.plan;
import static com.recoveryworkbench.layout.Cards.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ElkPlanLayoutTest {
    private final PlanLayout layout = new ElkPlanLayout();

    /** app needs api, api needs db: db is restored first, so it gets the first column. */
    private static Plan chain() {
        return plan(List.of(service("app", 0, 0), service("api", 0, 0), service("db", 0, 0)),
                List.of(Dependency.hard("app", "api"), Dependency.hard("api", "db")));
    }

    @Test
    void chainReadsFromWhatComesBackFirstToItsDependents() {
        LayoutResult result = layout.arrange(LayoutRequest.all(chain(), Direction.LEFT_TO_RIGHT, WIDTH, HEIGHT));

        // One card width (180) plus the 60-unit layer gap between columns; one row at the old corner.
        assertEquals(Map.of("db", new Position(0, 0), "api", new Position(240, 0), "app", new Position(480, 0)),
                result.positions());
    }

    @Test
    void topToBottomPutsWhatComesBackFirstOnTop() {
        LayoutResult result = layout.arrange(LayoutRequest.all(chain(), Direction.TOP_TO_BOTTOM, WIDTH, HEIGHT));

        // One card height (72) plus the layer gap (60) between rows.
        assertEquals(Map.of("db", new Position(0, 0), "api", new Position(0, 132), "app", new Position(0, 264)),
                result.positions());
    }

    @Test
    void arrangedSelectionStartsAtTheCornerOfItsOldBoundingBoxAndLeavesTheRestAlone() {
        Plan plan = plan(List.of(service("a", 1000, 500), service("b", 1300, 400), service("c", 0, 0)),
                List.of(Dependency.hard("b", "a"), Dependency.hard("c", "b")));

        LayoutResult result = layout.arrange(new LayoutRequest(plan, Set.of("a", "b"), Set.of(),
                Direction.LEFT_TO_RIGHT, WIDTH, HEIGHT));

        // Old box of a and b: left 1000 (a), top 400 (b). a comes back first, b one column later.
        assertEquals(Map.of("a", new Position(1000, 400), "b", new Position(1240, 400)), result.positions());
    }

    @Test
    void pinnedCardStaysAndTheCardThatWouldLandOnItTakesTheNearestFreeSpot() {
        Plan plan = plan(List.of(service("app", 0, 0), service("db", 0, 0)), List.of(Dependency.hard("app", "db")));

        LayoutResult result = layout.arrange(new LayoutRequest(plan, Set.of(), Set.of("db"),
                Direction.LEFT_TO_RIGHT, WIDTH, HEIGHT));

        // app alone keeps its corner (0,0), which db holds. With the 20-unit margin, free rows start
        // 72 + 20 = 92 above or below; the search lattice is 72 / 8 = 9 units, so the nearest free
        // corner is 11 steps up (99): straight up beats straight down on a tie, and sideways needs 200.
        assertEquals(Map.of("app", new Position(0, -99)), result.positions());
    }

    @Test
    void softDependenciesDoNotChangeTheLayout() {
        Plan hardOnly = Cards.random(7, 30, List.of(""), 0);
        List<Dependency> soft = new ArrayList<>(hardOnly.dependencies());
        soft.add(Dependency.soft(Cards.id(0), Cards.id(29)));
        soft.add(Dependency.soft(Cards.id(3), Cards.id(17)));
        Plan withSoft = hardOnly.withDependencies(soft);

        assertEquals(layout.arrange(LayoutRequest.all(hardOnly, Direction.LEFT_TO_RIGHT, WIDTH, HEIGHT)),
                layout.arrange(LayoutRequest.all(withSoft, Direction.LEFT_TO_RIGHT, WIDTH, HEIGHT)));
    }

    @Test
    void scopeOfUnknownOrPinnedServicesMovesNothing() {
        Plan plan = chain();

        assertEquals(Map.of(), layout.arrange(new LayoutRequest(plan, Set.of("nope"), Set.of(),
                Direction.LEFT_TO_RIGHT, WIDTH, HEIGHT)).positions());
        assertEquals(Map.of(), layout.arrange(new LayoutRequest(plan, Set.of("db"), Set.of("db"),
                Direction.LEFT_TO_RIGHT, WIDTH, HEIGHT)).positions());
    }

    @Test
    void regionsGetBandsOfTheirOwnAcrossTheColumns() {
        Plan plan = plan(List.of(service("eu-app", "eu"), service("eu-db", "eu"), service("us-app", "us"),
                        service("us-db", "us"), service("dns", "")),
                List.of(Dependency.hard("eu-app", "eu-db"), Dependency.hard("us-app", "us-db"),
                        Dependency.hard("eu-app", "dns"), Dependency.hard("us-app", "dns")));

        Map<String, Position> p = layout.arrange(LayoutRequest.all(plan, Direction.LEFT_TO_RIGHT, WIDTH, HEIGHT))
                .positions();

        // Each region is one row here (two columns, one card per column), and rows do not share a y.
        assertEquals(p.get("eu-app").y(), p.get("eu-db").y());
        assertEquals(p.get("us-app").y(), p.get("us-db").y());
        assertEquals(3, Set.of(p.get("eu-db").y(), p.get("us-db").y(), p.get("dns").y()).size());
        assertTrue(p.get("eu-db").x() + WIDTH <= p.get("eu-app").x());
        assertTrue(p.get("dns").x() + WIDTH <= p.get("us-app").x());
    }

    @Test
    void deepChainOfThousandsOfServicesIsLaidOut() {
        int size = 3000;
        List<Service> services = new ArrayList<>();
        List<Dependency> dependencies = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            services.add(service(Cards.id(i), 0, 0));
            if (i > 0) {
                dependencies.add(Dependency.hard(Cards.id(i), Cards.id(i - 1)));
            }
        }

        Map<String, Position> p = layout.arrange(LayoutRequest.all(plan(services, dependencies),
                Direction.LEFT_TO_RIGHT, WIDTH, HEIGHT)).positions();

        assertEquals((size - 1) * (WIDTH + 60), p.get(Cards.id(size - 1)).x());
    }

    @Test
    void concurrentCallsGiveTheSameResultAsOneAfterTheOther() {
        Plan plan = Cards.random(11, 60, List.of("", "eu", "us"), 3);
        LayoutRequest request = LayoutRequest.all(plan, Direction.LEFT_TO_RIGHT, WIDTH, HEIGHT);
        LayoutResult alone = layout.arrange(request);

        List<CompletableFuture<LayoutResult>> parallel = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> layout.arrange(request))).toList();

        parallel.forEach(f -> assertEquals(alone, f.join()));
    }

    @Test
    void warmUpRunsALayoutWithTheShippedDependencies() {
        // Fails when ELK's undeclared runtime dependencies (xbase.lib, Guava) are missing.
        ElkPlanLayout.warmUp();

        assertEquals(2, layout.arrange(LayoutRequest.all(chain().withoutServices(List.of("app")),
                Direction.LEFT_TO_RIGHT, WIDTH, HEIGHT)).positions().size());
    }

    @Test
    void resultAppliedToThePlanMovesOnlyTheArrangedServices() {
        Plan plan = plan(List.of(service("a", 10, 10), service("b", 500, 500)), List.of());
        LayoutResult result = new LayoutResult(Map.of("a", new Position(40, 40), "ghost", new Position(1, 1)));

        Plan moved = result.applyTo(plan);

        assertEquals(new Position(40, 40), moved.service("a").orElseThrow().position());
        assertEquals(new Position(500, 500), moved.service("b").orElseThrow().position());
        assertEquals(2, moved.serviceCount());
    }
}
