package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.analysis.Compliance;
import com.recoveryworkbench.analysis.RpoEstimate;
import com.recoveryworkbench.analysis.ServiceResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardTextTest {
    private static ServiceResult scheduled(Duration up, Duration target) {
        return new ServiceResult("checkout", 2, Duration.ofMinutes(44), up, target,
                target == null ? null : target.minus(up), target == null ? null : up.compareTo(target) <= 0,
                new RpoEstimate.NotApplicable(), null, null, List.of("checkout"), Compliance.MISSED);
    }

    @Test
    void resultLineShowsWaveUpTimeAndTarget() {
        assertEquals("W2 · up 52m / 20m", CardText.resultLine(scheduled(Duration.ofMinutes(52), Duration.ofMinutes(20))));
        assertEquals("W2 · up 9m11s", CardText.resultLine(scheduled(Duration.ofSeconds(551), null)));
    }

    @Test
    void aServiceACycleBlocksSaysSo() {
        ServiceResult blocked = new ServiceResult("a", null, null, null, Duration.ofMinutes(20), null, null,
                new RpoEstimate.NotApplicable(), null, null, List.of("a"), Compliance.BLOCKED);
        assertEquals("blocked", CardText.resultLine(blocked));
    }

    @Test
    void withoutAResultTheLineIsADash() {
        assertEquals("—", CardText.resultLine(null));
    }

    @Test
    void numberedTiersGetAShortBadgeOthersTheirFirstLetters() {
        assertEquals("T1", CardText.tierBadge("tier-1"));
        assertEquals("T0", CardText.tierBadge("Tier_0"));
        assertEquals("GOL", CardText.tierBadge("gold"));
        assertEquals("DR", CardText.tierBadge("dr"));
    }
}
