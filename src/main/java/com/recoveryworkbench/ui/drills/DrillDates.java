package com.recoveryworkbench.ui.drills;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The day of a drill as people type it: YYYY-MM-DD, never after today. Stateless. */
public final class DrillDates {
    private DrillDates() {
    }

    /** @throws IllegalArgumentException saying what to write, or that the day has not come yet */
    public static LocalDate parse(String text, LocalDate today) {
        String s = text == null ? "" : text.strip();
        LocalDate day;
        try {
            day = LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + s + "' is not a date: write the day of the drill as"
                    + " YYYY-MM-DD, e.g. " + today);
        }
        return requireHappened(day, today);
    }

    /** @throws IllegalArgumentException when {@code day} is after {@code today} */
    public static LocalDate requireHappened(LocalDate day, LocalDate today) {
        if (day.isAfter(today)) {
            throw new IllegalArgumentException(day + " is after today (" + today
                    + "): a drill cannot have happened yet");
        }
        return day;
    }
}
