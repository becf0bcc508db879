package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.model.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a group of services (a region's lane, a folded card) says it holds, in pieces that each read on
 * their own: "eu-west", "23 services", "2 not up yet", "3 ✗", "1 !", "up by 1h2m". Every verdict but
 * "meets" is counted with its symbol, the worst first; the canvas and the pictures both say it so.
 * Pure functions.
 */
public final class GroupSummaryText {
    /** The order the verdicts are listed in: the worst first, the services a scenario leaves running last. */
    private static final List<Verdict> ORDER =
            List.of(Verdict.MISSED, Verdict.BLOCKED, Verdict.AT_RISK, Verdict.INCOMPLETE, Verdict.UNAFFECTED);

    private GroupSummaryText() {
    }

    /**
     * The pieces for group {@code name} of {@code services} services, {@code waiting} of them not up yet
     * (0 outside a story), {@code verdicts} counted (MEETS is left out), the last up at {@code upBy}
     * ({@code null} when unknown, and then not said).
     */
    public static List<String> parts(String name, int services, int waiting, Map<Verdict, Integer> verdicts,
                                     Duration upBy) {
        List<String> parts = new ArrayList<>();
        parts.add(name);
        parts.add(services + (services == 1 ? " service" : " services"));
        if (waiting > 0) {
            parts.add(waiting + " not up yet");
        }
        for (Verdict v : ORDER) {
            Integer count = verdicts.get(v);
            if (count != null && count > 0) {
                parts.add(count + " " + VerdictLook.of(v).symbol());
            }
        }
        if (upBy != null) {
            parts.add("up by " + Durations.format(upBy));
        }
        return parts;
    }
}
