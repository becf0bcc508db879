package com.recoveryworkbench.ui.drills;

import com.recoveryworkbench.model.ClaimedRecovery;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Durations;
import java.time.Duration;
import java.util.Locale;

/**
 * The columns of the results grid a person types into, in the order a pasted row fills them. Each
 * turns the text of one cell into the service's new result. Stateless.
 */
public enum ResultColumn {
    MEASURED("Measured"),
    DATA_LOSS("Data loss"),
    OUTCOME("Outcome"),
    NOTES("Notes");

    private final String title;

    ResultColumn(String title) {
        this.title = title;
    }

    /** The column's header in the grid and in messages. */
    public String title() {
        return title;
    }

    /**
     * The result once {@code text} is entered in this column.
     *
     * @param current the service's result before, {@code null} when the drill has none for it
     * @param claim   what the plan claims about the service now: recorded when the entry starts a result
     * @return the new result; {@code null} when the entry removes the result (the outcome {@code —} or
     *         {@code -}) or there was none and the entry is empty
     * @throws IllegalArgumentException saying what is wrong with the text
     */
    DrillResult enter(String service, DrillResult current, String text, ClaimedRecovery claim) {
        String cell = text == null ? "" : text.strip();
        // A measured time or a data loss on a row without a result says the service came back.
        DrillResult base = current != null ? current
                : new DrillResult(service, null, null, DrillOutcome.RECOVERED, claim, "");
        return switch (this) {
            case MEASURED -> {
                Duration measured = cell.isEmpty() ? null : measured(cell);
                yield current == null && measured == null ? null
                        : with(base, measured, base.dataLoss(), base.outcome(), base.notes());
            }
            case DATA_LOSS -> {
                Duration loss = cell.isEmpty() ? null : duration(cell);
                yield current == null && loss == null ? null
                        : with(base, base.measured(), loss, base.outcome(), base.notes());
            }
            // An empty cell (a pasted row that skips the outcome) leaves it as it is; a dash removes the result.
            case OUTCOME -> cell.equals(ResultRow.NO_OUTCOME) || cell.equals("-") ? null
                    : cell.isEmpty() ? current
                    : with(base, base.measured(), base.dataLoss(), outcome(cell), base.notes());
            case NOTES -> {
                if (current == null && !cell.isEmpty()) {
                    throw new IllegalArgumentException("there is no result to take notes on yet: type the measured"
                            + " time or choose the outcome first");
                }
                yield current == null ? null : with(base, base.measured(), base.dataLoss(), base.outcome(), cell);
            }
        };
    }

    private static Duration measured(String cell) {
        Duration measured = duration(cell);
        if (measured.isZero()) {
            throw new IllegalArgumentException("'" + cell + "' is no time at all: a measured restore takes more than"
                    + " zero; leave the cell empty when nothing was timed");
        }
        return measured;
    }

    private static Duration duration(String cell) {
        if (cell.startsWith("-")) {
            throw new IllegalArgumentException("'" + cell + "' is negative: a measured time is how long something"
                    + " took, such as 55m or 1h5m");
        }
        return Durations.parse(cell);
    }

    private static DrillOutcome outcome(String cell) {
        try {
            return DrillOutcome.fromCode(cell.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + cell + "' is not an outcome: write recovered, partial or failed");
        }
    }

    private static DrillResult with(DrillResult r, Duration measured, Duration loss, DrillOutcome outcome, String notes) {
        return new DrillResult(r.service(), measured, loss, outcome, r.claimed(), notes);
    }
}
