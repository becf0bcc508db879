package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.ui.canvas.SemanticZoom.Detail;
import org.junit.jupiter.api.Test;

class SemanticZoomTest {

    @Test
    void fullCardsOnlyOnceTheirSmallestTextReachesElevenPixels() {
        // Owner line and tier badge are 12 world units: 12 x 0.9167 = 11 px.
        assertEquals(Detail.FULL, SemanticZoom.detail(1, false));
        assertEquals(Detail.FULL, SemanticZoom.detail(11.0 / 12, false));
        assertEquals(Detail.LABEL, SemanticZoom.detail(0.9, false));
    }

    @Test
    void namesWhileTheirEighteenUnitTypeIsAtLeastElevenPixelsThenBlocks() {
        // 18 x 0.6112 = 11.0 px; 18 x 0.61 = 10.98 px.
        assertEquals(Detail.LABEL, SemanticZoom.detail(0.6112, false));
        assertEquals(Detail.BLOCK, SemanticZoom.detail(0.61, false));
        assertEquals(Detail.BLOCK, SemanticZoom.detail(0.1, false));
    }

    @Test
    void presentationNeedsEighteenPixelsAndWritesNamesLarger() {
        // Full cards: 12 x 1.5 = 18 px. Names in 27-unit type: 27 x 0.667 = 18.01 px; 27 x 0.66 = 17.82 px.
        assertEquals(Detail.FULL, SemanticZoom.detail(1.5, true));
        assertEquals(Detail.LABEL, SemanticZoom.detail(1.4, true));
        assertEquals(Detail.LABEL, SemanticZoom.detail(0.667, true));
        assertEquals(Detail.BLOCK, SemanticZoom.detail(0.66, true));
        assertEquals(18.0 / 27, SemanticZoom.scaleFor(Detail.LABEL, true), 1e-12);
        assertEquals(1.5, SemanticZoom.scaleFor(Detail.FULL, true), 1e-12);
    }
}
