package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.analysis.Compliance;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.model.Durations;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The short texts printed on a card. Pure functions. */
public final class CardText {
    /** Shown where there is no result yet: before the first analysis, or for a service just added. */
    public static final String NO_RESULT = "—";
    private static final Pattern NUMBERED_TIER = Pattern.compile("(?i)tier[-_ ]?(\\d{1,2})");

    private CardText() {
    }

    /**
     * The computed result line: "W2 · up 52m / 20m" (wave, up time / RTO target), without the target
     * part when there is none; "blocked" for a service a cycle keeps from being restored;
     * {@link #NO_RESULT} when {@code result} is {@code null} or has no up time for another reason.
     */
    public static String resultLine(ServiceResult result) {
        if (result == null) {
            return NO_RESULT;
        }
        if (!result.isScheduled()) {
            return result.compliance() == Compliance.BLOCKED ? "blocked" : NO_RESULT;
        }
        String line = "W" + result.wave() + " · up " + Durations.format(result.up());
        return result.rtoTarget() == null ? line : line + " / " + Durations.format(result.rtoTarget());
    }

    /** The tier badge: "T1" for "tier-1", else the first three characters of the id in capitals. */
    public static String tierBadge(String tierId) {
        Matcher m = NUMBERED_TIER.matcher(tierId);
        if (m.matches()) {
            return "T" + Integer.parseInt(m.group(1));
        }
        String upper = tierId.toUpperCase(Locale.ROOT);
        return upper.length() <= 3 ? upper : upper.substring(0, 3);
    }
}
