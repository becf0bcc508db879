package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.analysis.FoldedMap;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.ui.canvas.VerdictBar.Stretch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bars 200 pixels long from x = 10, worked out by hand. */
class VerdictBarTest {
    @Test
    void eachVerdictTakesItsShareInTheBarsOrder() {
        // 8 services: 4 meet (100 px), 1 at risk (25 px), 2 missed (50 px), 1 blocked (25 px).
        FoldedMap.Tally tally = new FoldedMap.Tally(8, Map.of(Verdict.MISSED, 2, Verdict.MEETS, 4,
                Verdict.BLOCKED, 1, Verdict.AT_RISK, 1), null);

        assertEquals(List.of(new Stretch(Verdict.MEETS, 10, 110), new Stretch(Verdict.AT_RISK, 110, 135),
                new Stretch(Verdict.MISSED, 135, 185), new Stretch(Verdict.BLOCKED, 185, 210)),
                VerdictBar.of(tally, 10, 200));
    }

    @Test
    void servicesWithoutAVerdictCloseTheBar() {
        // 5 services, 2 not restored yet: 3 unaffected take 120 px, the 2 without a verdict 80 px.
        FoldedMap.Tally tally = new FoldedMap.Tally(5, Map.of(Verdict.UNAFFECTED, 3), null);

        assertEquals(List.of(new Stretch(Verdict.UNAFFECTED, 10, 130), new Stretch(null, 130, 210)),
                VerdictBar.of(tally, 10, 200));
    }

    @Test
    void aGroupWithoutAnalysisIsOneGreyStretchAndAnEmptyGroupNone() {
        assertEquals(List.of(new Stretch(null, 10, 210)),
                VerdictBar.of(new FoldedMap.Tally(3, Map.of(), null), 10, 200));
        assertEquals(List.of(), VerdictBar.of(new FoldedMap.Tally(0, Map.of(), null), 10, 200));
    }
}
