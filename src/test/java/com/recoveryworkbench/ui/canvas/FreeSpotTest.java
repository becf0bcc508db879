package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreeSpotTest {
    private static Service card(String id, double x, double y) {
        return Service.builder(id, ServiceKind.APPLICATION).position(x, y).build();
    }

    @Test
    void aFreeWantedSpotIsTakenAsIs() {
        SpatialIndex index = SpatialIndex.of(Plan.empty("t").withService(card("a", 0, 0)));

        assertEquals(new Position(500, 500), FreeSpot.near(index, new Position(500, 500)));
    }

    @Test
    void anOccupiedSpotMovesToTheNearestFreeNeighbourOnTheFirstRing() {
        SpatialIndex index = SpatialIndex.of(Plan.empty("t").withService(card("a", 0, 0)));

        // One step is 220 across and 110 down; the nearest ring-1 spots are straight above and below.
        assertEquals(new Position(0, -110), FreeSpot.near(index, new Position(0, 0)));
    }

    @Test
    void aCrowdedAreaIsSearchedOutwardUntilNothingOverlaps() {
        List<Service> block = new ArrayList<>();
        for (int i = -1; i <= 1; i++) {
            for (int j = -1; j <= 1; j++) {
                block.add(card("s" + (i + 1) + (j + 1), i * 220, j * 110));
            }
        }
        SpatialIndex index = SpatialIndex.of(Plan.empty("t").withServices(block));

        Position spot = FreeSpot.near(index, Position.ORIGIN);

        assertEquals(new Position(0, -220), spot);
        assertTrue(FreeSpot.isFree(index, spot));
    }
}
