package com.recoveryworkbench.ui.panels;

import com.recoveryworkbench.model.Durations;
import java.time.Duration;

/** Text-to-value parsers for editors; each throws {@link IllegalArgumentException} with a message a person can act on. */
final class Parsers {
    private Parsers() {
    }

    /** A duration that may be left empty: empty means "not set" ({@code null}). */
    static Duration optionalDuration(String text) {
        return text == null || text.isBlank() ? null : Durations.parse(text);
    }

    /** How many restores may run at once: a whole number, 0 = unlimited. */
    static Integer capacity(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty() || s.equalsIgnoreCase("unlimited")) {
            return 0;
        }
        try {
            int value = Integer.parseInt(s);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException tooLongOrNotANumber) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("'" + s + "' is not a restore capacity: write a whole number of"
                + " parallel restores, or 0 for unlimited");
    }

    /** The text a capacity is shown as. */
    static String capacityText(Integer value) {
        return value == null || value == 0 ? "0" : value.toString();
    }
}
