package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a lane's label is drawn: never over the lane's own cards, however far out the view is zoomed and
 * however many lines its summary takes.
 */
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
        assertEquals(-22, LanePainter.labelBaseline(eu, at(1), 28, 1), 1e-9);
    }

    @Test
    void zoomedFarOutTheNameEndsWhereTheBandEndsInsteadOfOverTheFirstCard() {
        Lanes lanes = Lanes.of(Plan.empty("Shop").withServices(List.of(card("a", "eu", 0, 0))), LaneGrouping.REGION);
        Lane eu = lanes.all().get(0);
        Viewport v = at(0.17);

        double baseline = LanePainter.labelBaseline(eu, v, PX, 1);

        // The band ends 12 units above the card, at -12 * 0.17 = -2.04 px; the backing reaches a quarter
        // of 13 px below the baseline, so the baseline is at -2.04 - 3.25.
        assertEquals(-2.04 - PX / 4, baseline, 1e-9);
        assertTrue(baseline + PX / 4 <= v.toScreenY(0), "the backing ends above the first card");
    }

    @Test
    void aSummaryOnTwoLinesRisesByALineAboveTheBand() {
        Lanes lanes = Lanes.of(Plan.empty("Shop").withServices(List.of(card("a", "eu", 0, 0))), LaneGrouping.REGION);
        Lane eu = lanes.all().get(0);
        Viewport v = at(0.17);

        double baseline = LanePainter.labelBaseline(eu, v, PX, 2);

        // One line pitch (1.25 em = 16.25 px) above the one-line label; the second line's backing still
        // ends at the band's bottom, -2.04 px.
        assertEquals(-2.04 - PX / 4 - 1.25 * PX, baseline, 1e-9);
        assertTrue(baseline + 1.25 * PX + PX / 4 <= v.toScreenY(0), "the backing ends above the first card");
    }

    @Test
    void withAnotherLaneRightAboveTheNameStillEndsAboveItsOwnFirstCard() {
        // us cards end at y 90 + 12 padding = 102, 4 units above the eu box, which starts at 106; the eu
        // band ends at 150, 12 units above the eu card at 162. The label rises into the gap like a tab
        // (over the lane above, whose own label is at its top) rather than cover the eu card.
        Lanes lanes = Lanes.of(Plan.empty("Shop").withServices(List.of(card("a", "eu", 0, 162),
                card("b", "us", 0, 0))), LaneGrouping.REGION);
        Lane eu = lanes.all().stream().filter(l -> l.name().equals("eu")).findFirst().orElseThrow();
        Viewport v = at(0.17);

        double baseline = LanePainter.labelBaseline(eu, v, PX, 1);

        assertEquals(150 * 0.17 - PX / 4, baseline, 1e-9);
        assertTrue(baseline + PX / 4 <= v.toScreenY(162), "the backing ends above the eu card");
    }
}
