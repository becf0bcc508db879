package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanesTest {
    private static Service card(String id, String region, String owner, double x, double y) {
        return Service.builder(id, ServiceKind.APPLICATION).region(region).owner(owner).position(x, y).build();
    }

    // eu: one card at (0, 0); us: cards at (1000, 0) and (1000, 400); "lonely" has no region.
    private final Plan plan = Plan.empty("Shop").withServices(List.of(card("a", "eu", "team", 0, 0),
            card("b", "us", "team", 1000, 0), card("c", "us", "", 1000, 400), card("lonely", "", "", 500, 900)));

    @Test
    void aLaneBoxesItsCardsWithPaddingAndALabelBandAbove() {
        Lanes lanes = Lanes.of(plan, LaneGrouping.REGION);

        // us cards span (1000, 0)..(1200, 490); padding 12 around, band 44 on top.
        Lane us = lanes.all().get(0);
        assertEquals("us", us.name());
        assertEquals(new WorldRect(988, -56, 1212, 502), us.box());
        Lane eu = lanes.all().get(1);
        assertEquals(new WorldRect(-12, -56, 212, 102), eu.box());
        assertEquals(2, lanes.all().size(), "no lane for a service without a region");
    }

    @Test
    void ownersMakeTheirOwnLanesAndNoneMakesNone() {
        Lanes lanes = Lanes.of(plan, LaneGrouping.OWNER);

        assertEquals(List.of("team"), lanes.all().stream().map(Lane::name).toList());
        assertEquals(new WorldRect(-12, -56, 1212, 102), lanes.all().get(0).box());
        assertSame(Lanes.NONE, Lanes.of(plan, LaneGrouping.NONE));
        assertTrue(Lanes.of(Plan.empty("x"), LaneGrouping.REGION).isEmpty());
    }

    @Test
    void aDropKeepsACardInItsOwnLaneElseGoesToTheSmallestLaneUnderIt() {
        Plan overlapping = plan.withService(card("d", "eu", "", 1100, 200));
        // eu now spans (-12, -56)..(1312, 302) and covers part of us.
        Lanes lanes = Lanes.of(overlapping, LaneGrouping.REGION);

        assertEquals("us", lanes.dropTarget(1100, 100, "").name());
        assertEquals("eu", lanes.dropTarget(1100, 100, "eu").name());
        assertEquals("us", lanes.dropTarget(1100, 100, "us").name());
        assertEquals("eu", lanes.dropTarget(500, 0, "us").name());
        assertNull(lanes.dropTarget(500, 800, "eu"));
    }

    @Test
    void labelsOfOverlappingLanesDoNotCoverEachOther() {
        // Two regions with cards at the same corner: same box, same label spot.
        Plan stacked = Plan.empty("x").withServices(List.of(card("a", "north", "", 0, 0), card("b", "south", "", 0, 0)));

        List<Lane> lanes = Lanes.of(stacked, LaneGrouping.REGION).all();

        Lane first = lanes.get(0);
        Lane second = lanes.get(1);
        double firstLabelEnd = first.labelX() + 0.6 * Lanes.LABEL_SIZE * first.name().length();
        assertTrue(second.labelX() > firstLabelEnd, second.labelX() + " after " + firstLabelEnd);
        assertFalse(first.labelX() > second.labelX());
    }
}
