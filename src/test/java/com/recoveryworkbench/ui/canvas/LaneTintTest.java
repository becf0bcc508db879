package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaneTintTest {
    private static final int WIDTH = 800;
    private static final int HEIGHT = 400;

    private static Service card(String id, String region, double x, double y) {
        return Service.builder(id, ServiceKind.APPLICATION).region(region).position(x, y).build();
    }

    @Test
    void aLaneAloneIsTheBackgroundTintedAndWhereLanesOverlapTheLaterTintsOverTheEarlier() {
        // eu spans (-12, -56)..(1312, 302) and covers part of us, (988, -56)..(1212, 502).
        Plan plan = Plan.empty("Shop").withServices(List.of(card("a", "eu", 0, 0), card("d", "eu", 1100, 200),
                card("b", "us", 1000, 0), card("c", "us", 1000, 400)));
        Frame frame = Frame.ofPlan(plan, null, LaneGrouping.REGION);
        Viewport v = new Viewport();
        v.zoomTo(0.5, 0, 0);
        v.centreOn(650, 220, WIDTH, HEIGHT);
        PixelCanvas pixels = new PixelCanvas();
        int background = RasterLayer.rgb(Palette.LIGHT.background());
        pixels.reset(new int[WIDTH * HEIGHT], WIDTH, HEIGHT, background);

        LanePainter.rasteriseFills(pixels, Palette.LIGHT, frame, v.visibleWorld(WIDTH, HEIGHT), v, 1);

        Lane first = frame.lanes().all().get(0);
        Lane second = frame.lanes().all().get(1);
        int firstAlone = PixelCanvas.over(background, LanePainter.rgb(first), LanePainter.FILL_ALPHA);
        int secondAlone = PixelCanvas.over(background, LanePainter.rgb(second), LanePainter.FILL_ALPHA);
        // The larger lane comes first, so the smaller one is drawn over it.
        assertEquals("eu", first.name());
        assertEquals(0xff000000 | firstAlone, at(pixels, v, 500, 0), "eu alone");
        assertEquals(0xff000000 | secondAlone, at(pixels, v, 1100, 400), "us alone");
        assertEquals(0xff000000 | PixelCanvas.over(firstAlone, LanePainter.rgb(second), LanePainter.FILL_ALPHA),
                at(pixels, v, 1100, 100), "us over eu");
        assertEquals(0xff000000 | background, at(pixels, v, 500, 400), "outside both");
    }

    private static int at(PixelCanvas pixels, Viewport v, double wx, double wy) {
        return pixels.get((int) v.toScreenX(wx), (int) v.toScreenY(wy));
    }
}
