package com.recoveryworkbench.layout;

import static com.recoveryworkbench.layout.Cards.plan;
import static com.recoveryworkbench.layout.Cards.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreeSpotTest {

    @Test
    void freeWantedPositionIsReturnedRounded() {
        Plan plan = plan(List.of(service("db", 0, 0)), List.of());

        assertEquals(new Position(500, 301), FreeSpot.near(plan, new Position(499.6, 300.5), 100, 40));
    }

    @Test
    void cardOnTopOfTheOnlyCardMovesJustClearOfItsMargin() {
        Plan plan = plan(List.of(service("db", 0, 0)), List.of());

        // 100 x 40 cards, margin 20: free corners start at y <= -60, y >= 60, x <= -120 or x >= 120.
        // The lattice step is 40 / 8 = 5, so (0, -60) and (0, 60) are on it; the upper one wins the tie.
        assertEquals(new Position(0, -60), FreeSpot.near(plan, new Position(0, 0), 100, 40));
    }

    @Test
    void cardSlidesIntoTheGapBetweenTwoCardsWhenThatIsNearest() {
        Plan plan = plan(List.of(service("left", 0, 0), service("right", 260, 0)), List.of());

        // 100 x 40 cards, margin 20: between the two, a corner fits for 120 <= x <= 140. Wanted (100, 0)
        // is 20 short of that gap, nearer than moving 60 up or down.
        assertEquals(new Position(120, 0), FreeSpot.near(plan, new Position(100, 0), 100, 40));
    }

    @Test
    void rejectsCardsWithoutArea() {
        Plan plan = Plan.empty("p");

        assertThrows(IllegalArgumentException.class, () -> FreeSpot.near(plan, Position.ORIGIN, 0, 40));
    }
}
