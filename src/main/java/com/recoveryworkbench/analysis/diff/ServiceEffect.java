package com.recoveryworkbench.analysis.diff;

import com.recoveryworkbench.analysis.Verdict;
import java.time.Duration;

/**
 * How one service's recovery differs between the versions. A value is {@code null} where that
 * version has none: a blocked service has no wave or up time, and an added (removed) service has
 * nothing before (after). {@code name} is from the newer version when the service is in it.
 */
public record ServiceEffect(String id, String name, Integer waveBefore, Integer waveAfter, Duration upBefore,
                            Duration upAfter, Verdict complianceBefore, Verdict complianceAfter) {
}
