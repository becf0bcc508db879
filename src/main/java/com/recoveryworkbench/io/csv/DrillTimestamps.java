package com.recoveryworkbench.io.csv;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The {@code start} and {@code end} cells of a drill results sheet, as people and tools write them:
 * {@code 2026-10-03T09:12:00}, {@code 2026-10-03 09:12}, with or without a zone offset
 * ({@code 2026-10-03T09:12:00+02:00}), or just the time ({@code 09:12}) on the day of the drill.
 */
final class DrillTimestamps {
    /** A moment as read: with its offset when the cell had one. */
    record Moment(LocalDateTime local, OffsetDateTime offset) {
    }

    private DrillTimestamps() {
    }

    /** The moment a cell means, or empty when it is no timestamp. */
    static Optional<Moment> parse(String text, LocalDate drillDate) {
        String iso = text.strip().replace(' ', 'T');
        try {
            return Optional.of(new Moment(null, OffsetDateTime.parse(iso)));
        } catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(new Moment(LocalDateTime.parse(iso), null));
            } catch (DateTimeParseException notLocal) {
                try {
                    return Optional.of(new Moment(LocalTime.parse(text.strip()).atDate(drillDate), null));
                } catch (DateTimeParseException notTime) {
                    return Optional.empty();
                }
            }
        }
    }

    /**
     * The time from {@code start} to {@code end}, rounded to the second; empty when one has a zone
     * offset and the other has none, which leaves the difference unknown.
     */
    static Optional<Duration> between(Moment start, Moment end) {
        Duration d;
        if (start.offset() != null && end.offset() != null) {
            d = Duration.between(start.offset(), end.offset());
        } else if (start.local() != null && end.local() != null) {
            d = Duration.between(start.local(), end.local());
        } else {
            return Optional.empty();
        }
        return Optional.of(d.getNano() >= 500_000_000 ? d.withNanos(0).plusSeconds(1) : d.withNanos(0));
    }
}
