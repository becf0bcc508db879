package com.recoveryworkbench.ui.fixfirst;

/**
 * One bar of the tornado chart: a service on a late chain and the minutes of total lateness each minute
 * of its restore time adds ({@code lateMinutesPerMinute} &gt; 0).
 */
public record SensitivityBar(String service, String name, double lateMinutesPerMinute) {
}
