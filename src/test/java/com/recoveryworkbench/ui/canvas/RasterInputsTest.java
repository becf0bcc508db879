package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.canvas.SemanticZoom.Detail;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RasterInputsTest {
    private static final SpatialIndex SERVICES = SpatialIndex.of(Plan.empty("Test"));
    private static final DependencyIndex DEPENDENCIES = DependencyIndex.of(SERVICES);

    /** A 1000 x 800 layer at 100%, HiDPI (2 device pixels a screen pixel), offset (offsetX, offsetY). */
    private static RasterInputs at(double scale, double offsetX, double offsetY) {
        return new RasterInputs(1000, 800, 2, scale, offsetX, offsetY, Palette.LIGHT, Detail.FULL, false, SERVICES,
                DEPENDENCIES, null, Emphasis.NONE, Set.of(), null, Lanes.NONE, null, FoldedCards.NONE);
    }

    @Test
    void theSameViewAndContentIsTheSamePicture() {
        assertTrue(at(1, 10.5, 20).sameAs(at(1, 10.5, 20)));
        assertFalse(at(1, 10.5, 20).sameAs(at(1, 11.5, 20)));
        assertFalse(at(1, 10.5, 20).sameAs(null));
    }

    @Test
    void aPanByWholePixelsIsAShiftInDevicePixels() {
        // 3 screen pixels right and 2.5 up at 2 device pixels each: 6 and -5.
        assertArrayEquals(new int[] {6, -5}, at(1, 13.5, 17.5).shiftFrom(at(1, 10.5, 20)));
    }

    @Test
    void aPanByPartOfADevicePixelOrAZoomIsDrawnAnew() {
        assertNull(at(1, 10.7, 20).shiftFrom(at(1, 10.5, 20)));
        assertNull(at(1.5, 10.5, 20).shiftFrom(at(1, 10.5, 20)));
    }

    @Test
    void aPanByTheWholeLayerOrMoreIsDrawnAnew() {
        // 500 screen pixels are the layer's whole 1000 device pixels.
        assertNull(at(1, 510.5, 20).shiftFrom(at(1, 10.5, 20)));
        assertArrayEquals(new int[] {998, 0}, at(1, 509.5, 20).shiftFrom(at(1, 10.5, 20)));
    }

    @Test
    void aChangeOfWhatTheArrowsShowIsAnotherPicture() {
        RasterInputs plain = at(1, 0, 0);
        RasterInputs selectedArrow = new RasterInputs(1000, 800, 2, 1, 0, 0, Palette.LIGHT, Detail.FULL, false,
                SERVICES, DEPENDENCIES, null, Emphasis.NONE, Set.of(), Dependency.hard("web", "api"), Lanes.NONE, null, FoldedCards.NONE);
        RasterInputs greyed = new RasterInputs(1000, 800, 2, 1, 0, 0, Palette.LIGHT, Detail.FULL, false, SERVICES,
                DEPENDENCIES, null, Emphasis.NONE, Set.of("web"), null, Lanes.NONE, null, FoldedCards.NONE);
        RasterInputs filtered = new RasterInputs(1000, 800, 2, 1, 0, 0, Palette.LIGHT, Detail.FULL, false, SERVICES,
                DEPENDENCIES, null, Emphasis.NONE.filteredTo(Set.of("web")), Set.of(), null, Lanes.NONE,
                null, FoldedCards.NONE);

        assertFalse(selectedArrow.sameAs(plain));
        assertFalse(greyed.sameAs(plain));
        assertFalse(filtered.sameAs(plain));
        assertNull(filtered.shiftFrom(plain));
    }

    @Test
    void otherLanesOrAnotherDropTargetAreAnotherPicture() {
        Plan plan = Plan.empty("Test").withServices(List.of(
                Service.builder("web", ServiceKind.APPLICATION).region("eu").position(0, 0).build(),
                Service.builder("db", ServiceKind.DATABASE).region("us").position(400, 0).build()));
        Lanes lanes = Lanes.of(plan, LaneGrouping.REGION);
        RasterInputs plain = at(1, 0, 0);
        RasterInputs withLanes = new RasterInputs(1000, 800, 2, 1, 0, 0, Palette.LIGHT, Detail.FULL, false, SERVICES,
                DEPENDENCIES, null, Emphasis.NONE, Set.of(), null, lanes, null, FoldedCards.NONE);
        RasterInputs dropping = new RasterInputs(1000, 800, 2, 1, 0, 0, Palette.LIGHT, Detail.FULL, false, SERVICES,
                DEPENDENCIES, null, Emphasis.NONE, Set.of(), null, lanes, lanes.all().get(0), FoldedCards.NONE);

        assertFalse(withLanes.sameAs(plain));
        assertFalse(dropping.sameAs(withLanes));
        assertNull(dropping.shiftFrom(withLanes));
        assertTrue(withLanes.sameAs(new RasterInputs(1000, 800, 2, 1, 0, 0, Palette.LIGHT, Detail.FULL, false,
                SERVICES, DEPENDENCIES, null, Emphasis.NONE, Set.of(), null, lanes, null, FoldedCards.NONE)));
    }
}
