package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a lane's label is drawn: never over the lane's top border nor its first row of cards, however far
 * out the view is zoomed and however many lines its summary takes.
 */
class LaneLabelTest {
    /** The label is at least 13 px; its backing reaches an em above its first baseline and a quarter below its last. */
    private static final double PX = 13;
    /** A lane border in the editing look: twice an arrow's 1 px. */
    private static final double BORDER = 2;
    private static final double CLEARANCE = LanePainter.LABEL_CLEARANCE_PX;

    private static Service card(String id, String region, double x, double y) {
        return Service.builder(id, ServiceKind.APPLICATION).region(region).position(x, y).build();
    }

    private static Viewport at(double scale) {
        Viewport v = new Viewport();
        v.zoomTo(scale, 0, 0);
        return v;
    }

    /** One card at (0, 0): the lane's box starts 12 + 44 units above it, at y -56. */
    private static Lane oneCardLane() {
        return Lanes.of(Plan.empty("Shop").withServices(List.of(card("a", "eu", 0, 0))), LaneGrouping.REGION)
                .all().get(0);
    }

    @Test
    void atFullSizeTheNameSitsInTheBandAboveTheCards() {
        // The name's baseline is 34 below the box's top, at -22; its backing spans -50 to -15, inside the
        // border (-56 to -54) and the band's bottom (-12).
        assertEquals(-22, LanePainter.labelBaseline(oneCardLane(), at(1), 28, 1, BORDER), 1e-9);
    }

    @Test
    void whereTheUsualPlaceWouldTouchTheBorderTheNameMovesDownInsideTheBand() {
        // At 60 % the name is 16.8 px; the box's top is at -33.6 px, so the backing may start at
        // -33.6 + 2 + 3 = -28.6 and the baseline an em lower, at -11.8. The usual baseline, 34 * 0.6 below
        // the top (-13.2), would put the backing's top at -30, within 3 px of the border.
        Viewport v = at(0.6);

        double baseline = LanePainter.labelBaseline(oneCardLane(), v, 16.8, 1, BORDER);

        assertEquals(-11.8, baseline, 1e-9);
        assertTrue(baseline + 16.8 / 4 <= v.toScreenY(-12), "the backing ends in the band, above the cards");
    }

    @Test
    void zoomedFarOutTheNameSitsWhollyAboveTheLaneClearOfItsBorder() {
        Viewport v = at(0.17);

        double baseline = LanePainter.labelBaseline(oneCardLane(), v, PX, 1, BORDER);

        // The band is 44 * 0.17 = 7.48 px, less than the 16.25 px label. The box's top is at -9.52 px; the
        // backing ends 3 px above it, and a quarter em (3.25 px) below the baseline.
        assertEquals(-9.52 - CLEARANCE - PX / 4, baseline, 1e-9);
    }

    @Test
    void aSummaryOnTwoLinesSitsWhollyAboveTheLaneToo() {
        Viewport v = at(0.17);

        double baseline = LanePainter.labelBaseline(oneCardLane(), v, PX, 2, BORDER);

        // One line pitch (1.25 em = 16.25 px) higher than one line: the second line's backing still ends
        // 3 px above the border.
        assertEquals(-9.52 - CLEARANCE - PX / 4 - 1.25 * PX, baseline, 1e-9);
    }

    @Test
    void atEveryZoomTheBackingKeepsClearOfTheBorderAndTheFirstCards() {
        Lane lane = oneCardLane();
        for (double scale = 0.05; scale <= 2.5; scale += 0.01) {
            Viewport v = at(scale);
            double px = Math.max(PX, 28 * scale);
            for (int lines = 1; lines <= 3; lines++) {
                for (double border : new double[] {2, 4.5}) {
                    double first = LanePainter.labelBaseline(lane, v, px, lines, border);
                    double backingTop = first - px;
                    double backingBottom = first + (lines - 1) * 1.25 * px + px / 4;
                    double borderTop = v.toScreenY(lane.box().minY());
                    String where = "at " + scale + " with " + lines + " lines and a " + border + " px border";
                    boolean clearOfBorder = backingBottom <= borderTop - CLEARANCE + 1e-9
                            || backingTop >= borderTop + border + CLEARANCE - 1e-9;
                    assertTrue(clearOfBorder, "the backing covers the border " + where);
                    assertTrue(backingBottom <= v.toScreenY(0) - 1e-9, "the backing covers the first card " + where);
                }
            }
        }
    }

    @Test
    void withAnotherLaneRightAboveTheNameStillEndsAboveItsOwnBorder() {
        // us cards end at y 90 + 12 padding = 102, 4 units above the eu box, which starts at 106. Zoomed out
        // the eu label sits above its own border, over the gap and the bottom of the lane above, whose own
        // label is at its top, rather than on the eu border or card.
        Lanes lanes = Lanes.of(Plan.empty("Shop").withServices(List.of(card("a", "eu", 0, 162),
                card("b", "us", 0, 0))), LaneGrouping.REGION);
        Lane eu = lanes.all().stream().filter(l -> l.name().equals("eu")).findFirst().orElseThrow();
        Viewport v = at(0.17);

        double baseline = LanePainter.labelBaseline(eu, v, PX, 1, BORDER);

        assertEquals(106 * 0.17 - CLEARANCE - PX / 4, baseline, 1e-9);
    }
}
