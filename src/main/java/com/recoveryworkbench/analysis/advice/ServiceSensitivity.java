package com.recoveryworkbench.analysis.advice;

/**
 * How much one service's restore time weighs on the plan: minutes of total lateness (summed over every
 * late service in every scenario of the advice) per minute of its restore time. Zero for a service on
 * no late chain, or without a restore time.
 */
public record ServiceSensitivity(String service, double lateMinutesPerMinute) {
}
