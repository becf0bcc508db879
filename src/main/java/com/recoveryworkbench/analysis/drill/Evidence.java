package com.recoveryworkbench.analysis.drill;

import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a drill showed about one service: which drill, when, what it measured and how it ended.
 * Immutable.
 *
 * @param measured {@code null} when the drill measured nothing (a failed restore)
 */
public record Evidence(String drill, LocalDate date, Duration measured, DrillOutcome outcome, DrillResult result) {

    public Evidence {
        Objects.requireNonNull(drill, "drill");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(result, "result");
    }

    static Evidence of(Drill drill, DrillResult result) {
        return new Evidence(drill.id(), drill.date(), result.measured(), result.outcome(), result);
    }
}
