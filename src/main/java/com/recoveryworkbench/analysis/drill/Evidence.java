package com.recoveryworkbench.analysis.drill;

import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/** What a drill showed about one service: which drill, when, and its result there. Immutable. */
public record Evidence(String drill, LocalDate date, DrillResult result) {

    public Evidence {
        Objects.requireNonNull(drill, "drill");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(result, "result");
    }

    static Evidence of(Drill drill, DrillResult result) {
        return new Evidence(drill.id(), drill.date(), result);
    }

    /** The measured time; {@code null} when the drill measured nothing (a failed restore). */
    public Duration measured() {
        return result.measured();
    }

    public DrillOutcome outcome() {
        return result.outcome();
    }
}
