package com.recoveryworkbench.ui.canvas;

import static com.recoveryworkbench.ui.canvas.CanvasFixture.card;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpatialIndexTest {
    private final SpatialIndex index = SpatialIndex.of(Plan.empty("t").withServices(List.of(
            card("a", 0, 0),
            card("b", 150, 50),        // overlaps a; drawn after it, so on top
            card("c", 390, 390),       // straddles four grid cells
            card("far", 10_000, -5_000))));

    private static List<String> ids(List<Service> services) {
        return services.stream().map(Service::id).toList();
    }

    @Test
    void aPointInsideACardHitsIt() {
        assertEquals("a", index.serviceAt(10, 10).id());
        assertEquals("far", index.serviceAt(10_100, -4_950).id());
    }

    @Test
    void whereCardsOverlapTheOneDrawnLastIsHit() {
        assertEquals("b", index.serviceAt(180, 60).id());
    }

    @Test
    void emptySpaceHitsNothing() {
        assertNull(index.serviceAt(-1, 0));
        assertNull(index.serviceAt(300, 300));
        assertNull(index.serviceAt(5_000, 5_000));
    }

    @Test
    void aCardSpanningSeveralCellsIsHitInEachAndReportedOnce() {
        assertEquals("c", index.serviceAt(395, 395).id());
        assertEquals("c", index.serviceAt(585, 475).id());
        assertEquals(List.of("c"), ids(index.query(new WorldRect(380, 380, 900, 900))));
    }

    @Test
    void cullingQueryReturnsOnlyCardsMeetingTheAreaInPaintingOrder() {
        assertEquals(List.of("a", "b"), ids(index.query(new WorldRect(-50, -50, 320, 200))));
        assertEquals(List.of("a", "b", "c"), ids(index.query(new WorldRect(0, 0, 600, 600))));
        assertEquals(List.of(), ids(index.query(new WorldRect(2_000, 2_000, 3_000, 3_000))));
    }

    @Test
    void aViewLargerThanThePlanFindsEveryCard() {
        assertEquals(List.of("a", "b", "c", "far"), ids(index.query(new WorldRect(-1e6, -1e6, 1e6, 1e6))));
    }

    @Test
    void boundsCoverEveryCard() {
        assertEquals(new WorldRect(0, -5_000, 10_200, 480), index.bounds());
        assertNull(SpatialIndex.of(Plan.empty("empty")).bounds());
    }

    @Test
    void handlesAreFoundJustOutsideTheCard() {
        assertEquals("c", index.handleAt(595, 435, 0).id());
        assertNull(index.handleAt(560, 435, 0));
    }

    @Test
    void queryMatchesAScanOfAllCardsOnAGeneratedPlan() {
        List<Service> many = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 500; i++) {
            many.add(card("s" + i, random.nextInt(8000) - 4000, random.nextInt(6000) - 3000));
        }
        SpatialIndex big = SpatialIndex.of(Plan.empty("big").withServices(many));
        WorldRect area = new WorldRect(-1234, -777, 1500, 900);

        List<String> scanned = big.plan().services().stream()
                .filter(s -> area.intersects(CardGeometry.bounds(s.position()))).map(Service::id).toList();

        assertEquals(scanned, ids(big.query(area)));
    }
}
