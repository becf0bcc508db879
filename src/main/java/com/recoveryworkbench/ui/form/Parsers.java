package com.recoveryworkbench.ui.form;

import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Service;
import java.time.Duration;

/** Text-to-value parsers for editors; each throws {@link IllegalArgumentException} with a message a person can act on. */
public final class Parsers {
    private Parsers() {
    }

    /** A duration that may be left empty: empty means "not set" ({@code null}). */
    public static Duration optionalDuration(String text) {
        return text == null || text.isBlank() ? null : Durations.parse(text);
    }

    /** How many restores may run at once: a whole number, 0 = unlimited. */
    public static Integer capacity(String text) {
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

    /** A forced layer: empty means automatic ({@code null}), else a whole number from 1 to {@link Service#MAX_LAYER}. */
    public static Integer layer(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(s);
            if (value >= 1 && value <= Service.MAX_LAYER) {
                return value;
            }
        } catch (NumberFormatException tooLongOrNotANumber) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("'" + s + "' is not a layer: write a whole number from 1 (what is"
                + " restored first) to " + Service.MAX_LAYER + ", or leave it empty to let Arrange choose");
    }

    public static String layerText(Integer layer) {
        return layer == null ? "" : layer.toString();
    }

    /** The text a capacity is shown as. */
    public static String capacityText(Integer value) {
        return value == null || value == 0 ? "0" : value.toString();
    }
}
