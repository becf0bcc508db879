package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.analysis.RpoEstimate;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.model.Durations;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The short texts on a card, the same on the canvas and in pictures. Pure functions. */
public final class CardLines {
    /** Where there is no result: no analysis for the service, or no up time for another reason. */
    public static final String NO_RESULT = "—";
    private static final Pattern NUMBERED_TIER = Pattern.compile("(?i)tier[-_ ]?(\\d{1,2})");

    private CardLines() {
    }

    /**
     * "W2 · up 52m / 20m" (wave, up time / RTO target, without the target when there is none). When
     * the verdict comes from the data loss alone (RTO met, RPO missed) the line says that instead:
     * "W1 · RPO 1d2h / 1d", so the card never shows a miss next to figures that meet their target.
     * "blocked" when a cycle keeps it down; {@link #NO_RESULT} when there is no result.
     */
    public static String result(ServiceResult result) {
        if (result != null && result.verdict() == Verdict.UNAFFECTED) {
            return "unaffected";
        }
        if (result == null || !result.isScheduled()) {
            return result != null && result.verdict() == Verdict.BLOCKED ? "blocked" : NO_RESULT;
        }
        String wave = "W" + result.wave() + " · ";
        if (Boolean.FALSE.equals(result.rpoMet()) && !Boolean.FALSE.equals(result.rtoMet())) {
            String loss = result.achievableRpo() instanceof RpoEstimate.Bounded bounded
                    ? Durations.format(bounded.loss()) : "unbounded";
            return wave + "RPO " + loss + " / " + Durations.format(result.rpoTarget());
        }
        String line = wave + "up " + Durations.format(result.up());
        return result.rtoTarget() == null ? line : line + " / " + Durations.format(result.rtoTarget());
    }

    /** "T1" for "tier-1"; else the tier id's first three characters in capitals. */
    public static String tierBadge(String tierId) {
        Matcher m = NUMBERED_TIER.matcher(tierId);
        if (m.matches()) {
            return "T" + Integer.parseInt(m.group(1));
        }
        String upper = tierId.toUpperCase(Locale.ROOT);
        return upper.length() <= 3 ? upper : upper.substring(0, 3);
    }
}
