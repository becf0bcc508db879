package com.recoveryworkbench.analysis.advice;

import java.math.BigDecimal;

/**
 * How a plan fares across the scenarios the advice covers, summed.
 *
 * @param misses          (scenario, service) pairs whose verdict is missed
 * @param latenessSeconds the RTO lateness of every late service in every scenario, summed: how far past
 *                        its target each one is up
 * @param makespanSeconds the longest makespan of any scenario; {@code null} when nothing is scheduled
 * @param cost            the cost of downtime of every scenario, summed; {@code null} when the plan has
 *                        no rates
 */
public record Outcome(int misses, long latenessSeconds, Long makespanSeconds, BigDecimal cost) {
}
