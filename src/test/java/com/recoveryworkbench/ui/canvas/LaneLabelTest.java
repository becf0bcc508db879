package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a lane's name is drawn: never over the lane's own cards, however far out the view is zoomed. */
class LaneLabelTest {
    /** The label is at least 13 px; its backing reaches a quarter of that below the baseline. */
    private static final double PX = 13;

    private static Service card(String id, String region, double x, double y) {
        return Service.builder(id, ServiceKind.APPLICATION).region(region).position(x, y).build();
    }

    private static Viewport at(double scale) {
        Viewport v = new Viewport();
        v.zoomTo(scale, 0, 0);
        return v;
    }

    @Test
    void atFullSizeTheNameSitsInTheBandAboveTheCards() {
        Lanes lanes = Lanes.of(Plan.empty("Shop").withServices(List.of(card("a", "eu", 0, 0))), LaneGrouping.REGION);
        Lane eu = lanes.all().get(0);

        // The box starts at y -56; the name's baseline is 34 below that, at -22.
        assertEquals(-22, LanePainter.labelBaseline(eu, lanes, at(1), 28), 1e-9);
    }

    @Test
    void zoomedFarOutTheNameGoesAboveTheBoxInsteadOfOverTheFirstCard() {
        Lanes lanes = Lanes.of(Plan.empty("Shop").withServices(List.of(card("a", "eu", 0, 0))), LaneGrouping.REGION);
        Lane eu = lanes.all().get(0);
        Viewport v = at(0.17);

        double baseline = LanePainter.labelBaseline(eu, lanes, v, PX);

        // The box's top is at -56 * 0.17 = -9.52 px; the name ends a quarter of 13 px above it.
        assertEquals(-9.52 - PX / 4, baseline, 1e-9);
        assertTrue(baseline + PX / 4 <= v.toScreenY(0), "the backing ends above the first card");
    }

    @Test
    void withAnotherLaneRightAboveTheNameStaysInsideItsOwnBox() {
        // us cards end at y 90 + 12 padding = 102, 4 units above the eu box, which starts at 106.
        Lanes lanes = Lanes.of(Plan.empty("Shop").withServices(List.of(card("a", "eu", 0, 162),
                card("b", "us", 0, 0))), LaneGrouping.REGION);
        Lane eu = lanes.all().stream().filter(l -> l.name().equals("eu")).findFirst().orElseThrow();
        Viewport v = at(0.17);

        assertEquals(v.toScreenY(eu.box().minY()) + PX, LanePainter.labelBaseline(eu, lanes, v, PX), 1e-9);
    }
}
