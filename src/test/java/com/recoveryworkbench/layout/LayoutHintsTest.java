package com.recoveryworkbench.layout;

import static com.recoveryworkbench.layout.Cards.HEIGHT;
import static com.recoveryworkbench.layout.Cards.WIDTH;
import static com.recoveryworkbench.layout.Cards.plan;
import static com.recoveryworkbench.layout.Cards.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The layout hints a plan carries: pinned services stay, forced layers are kept. */
class LayoutHintsTest {
    private static final double COLUMN = WIDTH + ElkLayering.LAYER_GAP;
    private final PlanLayout layout = new ElkPlanLayout();

    private static Service pinned(Service s) {
        return s.toBuilder().pinned(true).build();
    }

    private static Service inLayer(Service s, int layer) {
        return s.toBuilder().layer(layer).build();
    }

    private Map<String, Position> arrange(Plan plan, Direction direction) {
        return Cards.after(plan, layout.arrange(LayoutRequest.all(plan, direction, WIDTH, HEIGHT)));
    }

    @Test
    void serviceThePlanPinsStaysWhereItIsWhenEverythingIsArranged() {
        Plan plan = plan(List.of(service("app", 0, 0), service("api", 0, 0), pinned(service("db", 1000, 1000))),
                List.of(Dependency.hard("app", "api"), Dependency.hard("api", "db")));

        LayoutResult result = layout.arrange(LayoutRequest.all(plan, Direction.LEFT_TO_RIGHT, WIDTH, HEIGHT));

        // db is not laid out; api and app form a two-column chain at the old corner of the moved cards.
        assertEquals(Map.of("api", new Position(0, 0), "app", new Position(COLUMN, 0)), result.positions());
        assertEquals(new Position(1000, 1000), Cards.after(plan, result).get("db"));
    }

    @Test
    void forcedLayerPutsTheCardIntoThatColumnBesideTheCardAlreadyThere() {
        // db, api, app fill columns 1 to 3; cache, needed by nothing, is forced into column 2.
        Plan plan = plan(List.of(service("app", 0, 0), service("api", 0, 0), service("db", 0, 0),
                        inLayer(service("cache", 0, 0), 2)),
                List.of(Dependency.hard("app", "api"), Dependency.hard("api", "db")));

        Map<String, Position> p = arrange(plan, Direction.LEFT_TO_RIGHT);

        assertEquals(p.get("api").x(), p.get("cache").x());
        assertEquals(COLUMN, p.get("cache").x());
        assertFalse(Cards.overlap(p.get("api"), p.get("cache")));
        assertEquals(List.of(0.0, 2 * COLUMN), List.of(p.get("db").x(), p.get("app").x()));
    }

    @Test
    void forcedLayerPastTheLastOneIsAddedAfterItAtTheUsualPitch() {
        // Top to bottom: layers are rows. db and api fill rows 1 and 2; report is forced into row 5.
        Plan plan = plan(List.of(service("api", 0, 0), service("db", 0, 0), inLayer(service("report", 0, 0), 5)),
                List.of(Dependency.hard("api", "db"), Dependency.hard("report", "api")));

        Map<String, Position> p = arrange(plan, Direction.TOP_TO_BOTTOM);

        double row = HEIGHT + ElkLayering.LAYER_GAP;
        assertEquals(List.of(0.0, row, 4 * row), List.of(p.get("db").y(), p.get("api").y(), p.get("report").y()));
        // Alone in its row, it lines up with what it depends on.
        assertEquals(p.get("api").x(), p.get("report").x());
    }

    @Test
    void forcedLayerWinsOverTheDependencies() {
        // app needs db, but the user puts app in layer 1 and db in layer 2: the layout obeys.
        Plan plan = plan(List.of(inLayer(service("app", 0, 0), 1), inLayer(service("db", 0, 0), 2)),
                List.of(Dependency.hard("app", "db")));

        Map<String, Position> p = arrange(plan, Direction.LEFT_TO_RIGHT);

        assertEquals(Map.of("app", new Position(0, 0), "db", new Position(COLUMN, 0)), p);
    }

    @Test
    void pinnedServiceWithAForcedLayerStaysPut() {
        Plan plan = plan(List.of(service("app", 0, 0), inLayer(pinned(service("db", 700, 300)), 3)),
                List.of(Dependency.hard("app", "db")));

        assertEquals(new Position(700, 300), arrange(plan, Direction.LEFT_TO_RIGHT).get("db"));
    }
}
