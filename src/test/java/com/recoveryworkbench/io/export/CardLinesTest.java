package com.recoveryworkbench.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.analysis.RpoEstimate;
import com.recoveryworkbench.analysis.ServiceResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardLinesTest {
    private static ServiceResult scheduled(Duration up, Duration target) {
        return new ServiceResult("checkout", 2, Duration.ofMinutes(44), up, target,
                target == null ? null : target.minus(up), target == null ? null : up.compareTo(target) <= 0,
                new RpoEstimate.NotApplicable(), null, null, List.of("checkout"), Verdict.MISSED);
    }

    @Test
    void aServiceThatMissesOnlyItsRpoShowsTheDataLossNotItsUpTime() {
        // Up at 2h against 1d meets; a daily backup taking 2h loses up to 1d2h against 1d.
        ServiceResult rpoMiss = new ServiceResult("reporting", 1, Duration.ZERO, Duration.ofHours(2), Duration.ofDays(1),
                Duration.ofHours(22), true, new RpoEstimate.Bounded(Duration.ofHours(26)), Duration.ofDays(1), false,
                List.of("reporting"), Verdict.MISSED);
        ServiceResult unprotected = new ServiceResult("files", 1, Duration.ZERO, Duration.ofMinutes(5),
                Duration.ofHours(1), Duration.ofMinutes(55), true, new RpoEstimate.Unbounded(), Duration.ofMinutes(15),
                false, List.of("files"), Verdict.MISSED);

        assertEquals("W1 · RPO 1d2h / 1d", CardLines.result(rpoMiss));
        assertEquals("W1 · RPO unbounded / 15m", CardLines.result(unprotected));
    }

    @Test
    void resultLineShowsWaveUpTimeAndTarget() {
        assertEquals("W2 · up 52m / 20m", CardLines.result(scheduled(Duration.ofMinutes(52), Duration.ofMinutes(20))));
        assertEquals("W2 · up 9m11s", CardLines.result(scheduled(Duration.ofSeconds(551), null)));
    }

    @Test
    void aServiceACycleBlocksSaysSo() {
        ServiceResult blocked = new ServiceResult("a", null, null, null, Duration.ofMinutes(20), null, null,
                new RpoEstimate.NotApplicable(), null, null, List.of("a"), Verdict.BLOCKED);
        assertEquals("blocked", CardLines.result(blocked));
    }

    @Test
    void withoutAResultTheLineIsADash() {
        assertEquals("—", CardLines.result(null));
    }

    @Test
    void numberedTiersGetAShortBadgeOthersTheirFirstLetters() {
        assertEquals("T1", CardLines.tierBadge("tier-1"));
        assertEquals("T0", CardLines.tierBadge("Tier_0"));
        assertEquals("GOL", CardLines.tierBadge("gold"));
        assertEquals("DR", CardLines.tierBadge("dr"));
    }
}
