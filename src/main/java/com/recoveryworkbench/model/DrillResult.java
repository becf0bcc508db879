package com.recoveryworkbench.model;

import java.time.Duration;
import java.util.Objects;

/**
 * What one restore drill measured for one service. Immutable.
 *
 * @param service  the service's id
 * @param measured how long restoring (or failing over) the service took once what it needs was up;
 *                 more than zero, or {@code null} when nothing was measured (a restore that failed
 *                 before it could be timed)
 * @param dataLoss the data the drill showed would be lost, measured in time; {@code null} when not known
 * @param outcome  whether the service came back
 * @param claimed  what the plan claimed about the service that day
 * @param notes    lessons learned; never {@code null}, empty when none
 */
public record DrillResult(String service, Duration measured, Duration dataLoss, DrillOutcome outcome,
                          ClaimedRecovery claimed, String notes) {

    public DrillResult {
        Ids.requireValid(service, "service id");
        Durations.requireValid(measured, "measured time");
        if (measured != null && measured.isZero()) {
            throw new IllegalArgumentException("measured time must be more than zero");
        }
        Durations.requireValid(dataLoss, "measured data loss");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(claimed, "claimed");
        notes = notes == null ? "" : notes;
    }

    /** Whether the service came back fully: the only outcome that proves its restore. */
    public boolean recovered() {
        return outcome == DrillOutcome.RECOVERED;
    }

    DrillResult withService(String id) {
        return new DrillResult(id, measured, dataLoss, outcome, claimed, notes);
    }

    DrillResult withClaimed(ClaimedRecovery newClaim) {
        return new DrillResult(service, measured, dataLoss, outcome, newClaim, notes);
    }
}
