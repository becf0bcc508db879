package com.recoveryworkbench.ui.canvas;

import static com.recoveryworkbench.ui.canvas.CanvasFixture.card;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyIndexTest {
    // web (0,0) -> db (2000,0): a long horizontal arrow from x = 200 to x = 2000 at y = 45.
    // web -> cache (0,600): a vertical arrow from y = 90 to y = 600 at x = 100.
    private final Plan plan = Plan.empty("t")
            .withServices(List.of(card("web", 0, 0), card("db", 2000, 0), card("cache", 0, 600)))
            .withDependencies(List.of(Dependency.hard("web", "db"), Dependency.soft("web", "cache"),
                    Dependency.hard("web", "ghost")));
    private final DependencyIndex index = DependencyIndex.of(SpatialIndex.of(plan));

    @Test
    void dependenciesToUnknownServicesAreLeftOut() {
        assertEquals(2, index.size());
    }

    @Test
    void aClickNearTheMiddleOfALongArrowPicksIt() {
        assertEquals(Dependency.hard("web", "db"), index.dependencyNear(1100, 50, 6));
        assertEquals(Dependency.soft("web", "cache"), index.dependencyNear(96, 350, 6));
    }

    @Test
    void aClickBeyondTheToleranceOrPastTheArrowsEndPicksNothing() {
        assertNull(index.dependencyNear(1100, 60, 6));
        assertNull(index.dependencyNear(2300, 45, 6));
    }

    @Test
    void onlyArrowsWhoseBoxMeetsTheAreaAreVisited() {
        List<Dependency> visited = new ArrayList<>();
        index.forEachVisible(new WorldRect(1000, -100, 1400, 100), (d, x1, y1, x2, y2) -> visited.add(d));
        assertEquals(List.of(Dependency.hard("web", "db")), visited);

        visited.clear();
        index.forEachVisible(new WorldRect(3000, 3000, 3500, 3500), (d, x1, y1, x2, y2) -> visited.add(d));
        assertEquals(List.of(), visited);
    }
}
