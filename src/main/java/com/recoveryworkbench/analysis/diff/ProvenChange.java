package com.recoveryworkbench.analysis.diff;

import com.recoveryworkbench.analysis.Verdict;
import java.time.Duration;

/**
 * A service of both versions whose proven up time or proven verdict differs: the up time and verdict
 * the recovery analysis gives with each service's latest measured time (the planned one where no
 * drill measured it). An up time is {@code null} when the service is blocked in that version.
 */
public record ProvenChange(String id, String name, Duration upBefore, Duration upAfter, Verdict verdictBefore,
                           Verdict verdictAfter) {
}
