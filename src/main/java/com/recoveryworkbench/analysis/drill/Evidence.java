package com.recoveryworkbench.analysis.drill;

import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a drill showed about one service: which drill, when, its result there, and what that result
 * timed ({@code action}: a restore, or a failover when the drill's scenario fails the service over).
 * Immutable.
 */
public record Evidence(String drill, LocalDate date, DrillResult result, MeasuredAction action) {

    public Evidence {
        Objects.requireNonNull(drill, "drill");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(action, "action");
    }

    static Evidence of(Drill drill, DrillResult result, MeasuredAction action) {
        return new Evidence(drill.id(), drill.date(), result, action);
    }

    /** The measured time; {@code null} when the drill measured nothing (a failed restore). */
    public Duration measured() {
        return result.measured();
    }

    public DrillOutcome outcome() {
        return result.outcome();
    }
}
