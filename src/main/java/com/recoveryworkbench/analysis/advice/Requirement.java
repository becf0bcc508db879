package com.recoveryworkbench.analysis.advice;

import java.time.Duration;

/**
 * What one late service needs from one service's restore (or failover), found by re-analysis.
 * When {@code meets}, {@code required} is the largest whole number of seconds for which {@code late}
 * meets {@code target} in {@code scenarioId}, and one second more misses. When even zero cannot clear
 * it (another chain is too slow), {@code required} is the largest time that brings {@code late} as
 * early as this service alone can, {@code reachedUp}; one second more and it is later.
 */
public record Requirement(String service, Duration required, String late, Duration target, String scenarioId,
                          boolean meets, Duration reachedUp) {
}
