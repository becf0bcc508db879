package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Position;
import org.junit.jupiter.api.Test;

class CardGeometryTest {
    private static final double EPS = 1e-9;

    @Test
    void horizontalArrowRunsFromRightBorderToLeftBorder() {
        // Centres (100, 45) and (500, 45): the line leaves the first card at x = 200, enters the second at 400.
        CardGeometry.Segment s = CardGeometry.arrow(new Position(0, 0), new Position(400, 0));

        assertEquals(new CardGeometry.Segment(200, 45, 400, 45), s);
    }

    @Test
    void verticalArrowRunsFromBottomBorderToTopBorder() {
        // Centres (100, 45) and (100, 345): borders at y = 90 and y = 300.
        CardGeometry.Segment s = CardGeometry.arrow(new Position(0, 0), new Position(0, 300));

        assertEquals(new CardGeometry.Segment(100, 90, 100, 300), s);
    }

    @Test
    void steepDiagonalArrowIsClippedByTheTopAndBottomBorders() {
        // Centres (100, 45) -> (300, 445): direction (200, 400). Half height 45 is reached at
        // t = 45/400 before half width 100 (t = 0.5), so the exit point is (100 + 22.5, 90).
        CardGeometry.Segment s = CardGeometry.arrow(new Position(0, 0), new Position(200, 400));

        assertEquals(122.5, s.x1(), EPS);
        assertEquals(90, s.y1(), EPS);
        assertEquals(277.5, s.x2(), EPS);
        assertEquals(400, s.y2(), EPS);
    }

    @Test
    void shallowDiagonalArrowIsClippedByTheSideBorders() {
        // Centres (100, 45) -> (700, 145): direction (600, 100). Half width 100 at t = 1/6
        // (y moves 100/6), half height 45 at t = 0.45: the side border is hit first.
        CardGeometry.Segment s = CardGeometry.arrow(new Position(0, 0), new Position(600, 100));

        assertEquals(200, s.x1(), EPS);
        assertEquals(45 + 100.0 / 6, s.y1(), EPS);
        assertEquals(600, s.x2(), EPS);
        assertEquals(145 - 100.0 / 6, s.y2(), EPS);
    }

    @Test
    void cardsOnTheSameSpotHaveNoArrow() {
        assertNull(CardGeometry.arrow(new Position(10, 10), new Position(10, 10)));
    }

    @Test
    void handleSitsOnTheMiddleOfTheRightEdge() {
        Position p = new Position(100, 50);

        assertTrue(CardGeometry.isOnHandle(p, 300, 95, 0));
        assertTrue(CardGeometry.isOnHandle(p, 306, 95, 0));
        assertFalse(CardGeometry.isOnHandle(p, 310, 95, 0));
        assertTrue(CardGeometry.isOnHandle(p, 310, 95, 4));
    }

    @Test
    void distanceToASegmentIsMeasuredToItsNearestPoint() {
        assertEquals(5, CardGeometry.distanceToSegment(5, 5, 0, 0, 10, 0), EPS);
        assertEquals(5, CardGeometry.distanceToSegment(13, 4, 0, 0, 10, 0), EPS);
        assertEquals(Math.hypot(3, 4), CardGeometry.distanceToSegment(3, 4, 0, 0, 0, 0), EPS);
    }
}
