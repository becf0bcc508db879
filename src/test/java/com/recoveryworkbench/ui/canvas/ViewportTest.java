package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ViewportTest {
    private static final double EPS = 1e-9;
    private final Viewport viewport = new Viewport();

    @Test
    void worldAndScreenRoundTripAfterPanAndZoom() {
        viewport.panBy(130, -40);
        viewport.zoomAround(300, 200, 2.5);

        for (double x : new double[] {-1000, 0, 17.25, 4321}) {
            assertEquals(x, viewport.toWorldX(viewport.toScreenX(x)), EPS);
            assertEquals(x, viewport.toWorldY(viewport.toScreenY(x)), EPS);
            assertEquals(x, viewport.toScreenX(viewport.toWorldX(x)), EPS);
        }
    }

    @Test
    void zoomingKeepsTheWorldPointUnderTheCursor() {
        viewport.panBy(50, 20);
        // At scale 1 and offset (50, 20), screen (250, 120) shows world (200, 100).
        viewport.zoomAround(250, 120, 2);

        assertEquals(2, viewport.scale(), EPS);
        assertEquals(200, viewport.toWorldX(250), EPS);
        assertEquals(100, viewport.toWorldY(120), EPS);
        // World (0, 0) is now 400 px left of and 200 px above the cursor.
        assertEquals(-150, viewport.toScreenX(0), EPS);
        assertEquals(-80, viewport.toScreenY(0), EPS);
    }

    @Test
    void zoomIsClampedToItsLimits() {
        viewport.zoomAround(0, 0, 1000);
        assertEquals(Viewport.MAX_SCALE, viewport.scale(), EPS);
        viewport.zoomAround(0, 0, 1e-9);
        assertEquals(Viewport.MIN_SCALE, viewport.scale(), EPS);
    }

    @Test
    void panningMovesTheWorldWithTheMouse() {
        viewport.zoomTo(0.5, 0, 0);
        viewport.panBy(100, 60);

        assertEquals(-200, viewport.toWorldX(0), EPS);
        assertEquals(-120, viewport.toWorldY(0), EPS);
        assertEquals(12, viewport.toWorldLength(6), EPS);
    }

    @Test
    void visibleWorldIsTheCanvasInWorldUnits() {
        viewport.zoomTo(2, 0, 0);
        viewport.panBy(-100, 0);

        WorldRect visible = viewport.visibleWorld(800, 600);

        assertEquals(new WorldRect(50, 0, 450, 300), visible);
    }

    @Test
    void fitCentresTheAreaAtTheLargestScaleThatLeavesTheMargin() {
        // 1000 x 500 world in 600 x 400 px with 50 px margins: min(500/1000, 300/500) = 0.5.
        viewport.fit(new WorldRect(0, 0, 1000, 500), 600, 400, 50, 1);

        assertEquals(0.5, viewport.scale(), EPS);
        assertEquals(300, viewport.toScreenX(500), EPS);
        assertEquals(200, viewport.toScreenY(250), EPS);
    }

    @Test
    void fitNeverZoomsPastItsMaximum() {
        viewport.fit(new WorldRect(0, 0, 200, 90), 1600, 1000, 40, 1);

        assertEquals(1, viewport.scale(), EPS);
        assertEquals(800, viewport.toScreenX(100), EPS);
    }

    @Test
    void centreOnPutsThePointInTheMiddleAndKeepsTheScale() {
        viewport.zoomTo(0.25, 0, 0);
        viewport.centreOn(1000, -400, 800, 600);

        assertEquals(0.25, viewport.scale(), EPS);
        assertEquals(400, viewport.toScreenX(1000), EPS);
        assertEquals(300, viewport.toScreenY(-400), EPS);
    }

    @Test
    void listenersHearOnlyRealChanges() {
        AtomicInteger changes = new AtomicInteger();
        viewport.setOnChange(changes::incrementAndGet);

        viewport.panBy(0, 0);
        viewport.panBy(5, 0);
        viewport.zoomAround(0, 0, 1);

        assertEquals(1, changes.get());
    }

    @Test
    void aLargerDisplayScaleEnlargesTheViewButKeepsTheZoomAndThePointUnderTheCursor() {
        viewport.zoomAround(0, 0, 0.5);
        // At scale 0.5, screen (100, 100) shows world (200, 200).
        viewport.setDisplayScale(1.5, 100, 100);

        assertEquals(0.75, viewport.scale(), EPS);
        assertEquals(0.5, viewport.zoom(), EPS);
        assertEquals(200, viewport.toWorldX(100), EPS);
        assertEquals(200, viewport.toWorldY(100), EPS);
    }
}
