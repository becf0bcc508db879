package com.recoveryworkbench.analysis.uncertainty;

import java.time.Duration;

/**
 * What the runs gave one service: the up time half the runs reach (P50) and nine in ten reach (P90), and
 * the share of runs in which it was up within its RTO target. The up times are {@code null} for a
 * service that is never up (blocked by a cycle); {@code meetProbability} is {@code null} when it has no
 * RTO target or is never up, else from 0 to 1.
 */
public record ServiceUncertainty(String id, Duration p50Up, Duration p90Up, Double meetProbability) {
}
