package com.recoveryworkbench.ui.drills;

import com.recoveryworkbench.model.DrillOutcome;
import java.time.Duration;

/**
 * One row of the results grid: a service of the plan, what the plan claims about it now and claimed on
 * the day of the drill, what the drill measured, and when the service is up as planned and as proven.
 * Immutable; a field is {@code null} where there is nothing to show.
 *
 * @param restoreTime the plan's restore time now
 * @param claimed     the restore time the plan claimed when the result was entered
 * @param outcome     {@code null} when the drill has no result for the service
 * @param plannedUp   up time on the plan's restore times; {@code null} when blocked or not analysed yet
 * @param provenUp    up time on the drills' measured times; {@code null} when blocked or not analysed yet
 */
public record ResultRow(String service, String name, String tier, Duration restoreTime, Duration claimed,
                        Duration measured, Duration dataLoss, DrillOutcome outcome, String notes,
                        Duration plannedUp, Duration provenUp) {

    /** What the outcome cell shows, and takes, for a service without a result. */
    public static final String NO_OUTCOME = "—";

    /** Whether the drill has a result for this service. */
    public boolean hasResult() {
        return outcome != null;
    }
}
