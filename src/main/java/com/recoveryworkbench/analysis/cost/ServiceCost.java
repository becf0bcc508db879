package com.recoveryworkbench.analysis.cost;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * What one service's downtime costs in one scenario.
 *
 * @param downtime      from the outage until it is up: zero when the scenario leaves it unaffected, the
 *                      plan's horizon when it is never restored (blocked)
 * @param rate          its cost of an hour of downtime (its own, else its tier's); {@code null} when
 *                      neither is known, and then {@code cost} is zero
 * @param cost          {@code downtime × rate}, rounded to hundredths
 * @param countsHorizon whether the service is blocked, so {@code downtime} is the horizon, not an up time
 */
public record ServiceCost(String id, Duration downtime, BigDecimal rate, BigDecimal cost, boolean countsHorizon) {
}
