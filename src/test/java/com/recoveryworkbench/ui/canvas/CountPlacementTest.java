package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.model.FoldedGroups;
import com.recoveryworkbench.model.GroupKind;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where the count pills of bundled arrows go: at their preferred spot when it is free, else a pill's length
 * along their arrow, never on another pill or a card. Pills here are 25 x 14 px, 3 px apart.
 */
class CountPlacementTest {
    private static final double W = 25;
    private static final double H = 14;
    /** The preferred spot of a count near a folded end: 3 ems of 11 px out from it. */
    private static final double OUT = 33;
    private static final CountPlacement.Cards NO_CARDS = (minX, minY, maxX, maxY) -> false;

    private final CountPlacement placement = new CountPlacement();

    @BeforeEach
    void reset() {
        placement.reset(H);
    }

    private double[] place(double x1, double y1, double x2, double y2, boolean atStart, boolean atEnd,
                           CountPlacement.Cards cards) {
        return placement.place(new double[] {x1, y1, x2, y2}, atStart, atEnd, OUT, W, H, cards);
    }

    @Test
    void aPillGoesAWayOutFromTheFoldedEndWhenThatIsFree() {
        assertArrayEquals(new double[] {33, 0}, place(0, 0, 300, 0, true, false, NO_CARDS), 1e-9);
        assertArrayEquals(new double[] {267, 50}, place(0, 50, 300, 50, false, true, NO_CARDS), 1e-9);
    }

    @Test
    void onAnArrowBesideAnotherThePillMovesAPillsLengthAlongItsOwnArrow() {
        place(0, 0, 300, 0, true, false, NO_CARDS);

        // (33, 10) would overlap the pill at (33, 0); a step along a horizontal arrow is the pill's width
        // and the gap, 28 px: at 61 the two pills are exactly 3 px apart (45.5 to 48.5).
        assertArrayEquals(new double[] {61, 10}, place(0, 10, 300, 10, true, false, NO_CARDS), 1e-9);
    }

    @Test
    void alongAVerticalArrowAStepIsThePillsHeight() {
        place(0, 0, 0, 300, true, false, NO_CARDS);

        // Steps of 14 + 3 px: (5, 50) is the first spot 3 px below the pill at (0, 33), which ends at 40.
        assertArrayEquals(new double[] {5, 50}, place(5, 0, 5, 300, true, false, NO_CARDS), 1e-9);
    }

    @Test
    void betweenTwoUnfoldedOrTwoFoldedEndsTheNearestFreeSpotEitherWayOfTheMiddleIsTaken() {
        assertArrayEquals(new double[] {100, 0}, place(0, 0, 200, 0, true, true, NO_CARDS), 1e-9);
        assertArrayEquals(new double[] {128, 0}, place(0, 0, 200, 0, true, true, NO_CARDS), 1e-9);
        assertArrayEquals(new double[] {72, 0}, place(0, 0, 200, 0, false, false, NO_CARDS), 1e-9);
    }

    @Test
    void aPillNeverCoversACard() {
        CountPlacement.Cards cardUpTo40 = (minX, minY, maxX, maxY) -> minX < 40 && maxY > -30 && minY < 30;

        // At 33 the pill (20.5 to 45.5) would cover the card; at 61 (48.5 to 73.5) it does not.
        assertArrayEquals(new double[] {61, 0}, place(0, 0, 300, 0, true, false, cardUpTo40), 1e-9);
    }

    @Test
    void anArrowWithNoFreeSpotGetsNoPill() {
        // A 30 px arrow has room for its middle only.
        place(0, 0, 30, 0, true, true, NO_CARDS);

        assertNull(place(0, 0, 30, 0, true, true, NO_CARDS));
    }

    @Test
    void aNewFrameForgetsTheLastFramesPills() {
        place(0, 0, 300, 0, true, false, NO_CARDS);
        placement.reset(H);

        assertArrayEquals(new double[] {33, 0}, place(0, 0, 300, 0, true, false, NO_CARDS), 1e-9);
    }

    @Test
    void theCardsOfAFrameAreItsServicesAsDrawnOnTheScreen() {
        Plan plan = Plan.empty("Shop").withServices(List.of(
                Service.builder("web", ServiceKind.APPLICATION).position(100, 100).build()));
        Frame frame = Frame.ofPlan(plan, (Analysis) null, LaneGrouping.NONE);
        Viewport v = new Viewport();
        v.zoomTo(0.5, 0, 0);
        CountPlacement.Cards cards = CountPlacement.cardsOf(frame, v, 11);

        // At 50 % the card's top left corner is at (50, 50) on the screen.
        assertTrue(cards.covers(45, 45, 55, 55));
        assertFalse(cards.covers(20, 20, 45, 45));
    }

    @Test
    void aFoldedGroupsCardCoversItsStackToo() {
        Plan plan = Plan.empty("Shop").withServices(List.of(
                Service.builder("db", ServiceKind.DATABASE).region("eu").position(0, 0).build(),
                Service.builder("web", ServiceKind.APPLICATION).region("us").position(900, 0).build()))
                .withFolded(FoldedGroups.NONE.with(GroupKind.REGION, "eu", true));
        Frame frame = Frame.ofPlan(plan, (Analysis) null, LaneGrouping.REGION);
        Viewport v = new Viewport();
        CountPlacement.Cards cards = CountPlacement.cardsOf(frame, v, 11);
        WorldRect card = FoldedCards.drawnBounds(frame.fold().cards().card("eu"), 1, 11);

        // At 100 % a folded card's text is 18 px; its stack peeks out 2 x 0.3 em = 10.8 px right and below.
        assertTrue(cards.covers(card.maxX() + 8, card.maxY() + 8, card.maxX() + 20, card.maxY() + 20));
        assertFalse(cards.covers(card.maxX() + 13, card.maxY() + 13, card.maxX() + 20, card.maxY() + 20));
    }

    @Test
    void aTileHasNoStackSoAPillMayStandRightBesideIt() {
        Plan plan = Plan.empty("Shop").withServices(List.of(
                Service.builder("db", ServiceKind.DATABASE).region("eu").position(0, 0).build(),
                Service.builder("web", ServiceKind.APPLICATION).region("us").position(900, 0).build()));
        Frame frame = Frame.ofPlanAt(plan, null, LaneGrouping.REGION, 0.2);
        Viewport v = new Viewport();
        v.zoomTo(0.2, 0, 0);
        CountPlacement.Cards cards = CountPlacement.cardsOf(frame, v, 11);
        FoldedCards.Card eu = frame.fold().cards().card("eu");
        WorldRect tile = FoldedCards.drawnBounds(eu, 0.2, 11);
        double right = v.toScreenX(tile.maxX());
        double bottom = v.toScreenY(tile.maxY());

        assertTrue(eu.tile());
        // A folded card's stack would reach 2 x 0.3 em of 13.75 px = 8.25 px further; a tile ends at its edge.
        assertTrue(cards.covers(right - 2, bottom - 2, right + 5, bottom + 5));
        assertFalse(cards.covers(right + 1, bottom + 1, right + 5, bottom + 5));
    }
}
