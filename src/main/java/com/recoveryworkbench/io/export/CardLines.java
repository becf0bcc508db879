package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.Compliance;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.model.Durations;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The short texts on a drawn card, worded as on the canvas. Pure functions. */
final class CardLines {
    /** Where there is no result: no analysis for the service, or no up time for another reason. */
    static final String NO_RESULT = "—";
    private static final Pattern NUMBERED_TIER = Pattern.compile("(?i)tier[-_ ]?(\\d{1,2})");

    private CardLines() {
    }

    /** "W2 · up 52m / 20m" (wave, up time / RTO target); "blocked" when a cycle keeps it down. */
    static String result(ServiceResult result) {
        if (result == null || !result.isScheduled()) {
            return result != null && result.compliance() == Compliance.BLOCKED ? "blocked" : NO_RESULT;
        }
        String line = "W" + result.wave() + " · up " + Durations.format(result.up());
        return result.rtoTarget() == null ? line : line + " / " + Durations.format(result.rtoTarget());
    }

    /** "T1" for "tier-1"; else the tier id's first three characters in capitals. */
    static String tierBadge(String tierId) {
        Matcher m = NUMBERED_TIER.matcher(tierId);
        if (m.matches()) {
            return "T" + Integer.parseInt(m.group(1));
        }
        String upper = tierId.toUpperCase(Locale.ROOT);
        return upper.length() <= 3 ? upper : upper.substring(0, 3);
    }
}
