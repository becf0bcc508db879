package com.recoveryworkbench.ui.state;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.analysis.cost.ScenarioCost;
import com.recoveryworkbench.model.Durations;
import java.time.Duration;

/**
 * The one line the status bar shows about an analysis: "60 services · 7 misses · makespan 3h12m ·
 * analysed in 4 ms", after the scenario's name when it is not the total one ("eu-west lost: 60 services · …").
 * A miss is a service that misses its RTO or RPO target (counted once even when it misses both). When the
 * plan has rates, the scenario's cost of downtime follows the makespan ("downtime cost 12,500.00 EUR"),
 * saying how many blocked services count the whole horizon.
 */
public final class StatusSummary {
    private StatusSummary() {
    }

    /** {@code took} may be {@code null} (then the timing is left out). */
    public static String describe(Analysis analysis, Duration took) {
        return describe(analysis, null, took);
    }

    /** {@code cost} and {@code took} may be {@code null}: no rates, no timing; then they are left out. */
    public static String describe(Analysis analysis, ScenarioCost cost, Duration took) {
        long misses = analysis.results().stream().filter(r -> r.verdict() == Verdict.MISSED).count();
        StringBuilder line = new StringBuilder();
        if (!analysis.scenario().isTotal()) {
            line.append(analysis.scenario().name()).append(": ");
        }
        line.append(count(analysis.results().size(), "service", "services"))
                .append(" · ").append(count(misses, "miss", "misses"));
        Duration makespan = analysis.makespan();
        if (makespan != null) {
            line.append(" · makespan ").append(Durations.format(makespan));
        }
        if (cost != null) {
            line.append(" · downtime cost ").append(cost.formattedTotal());
            if (cost.blockedAtHorizon() > 0) {
                line.append(" (").append(count(cost.blockedAtHorizon(), "blocked service", "blocked services"))
                        .append(" at the horizon)");
            }
        }
        if (took != null) {
            line.append(" · analysed in ").append(milliseconds(took));
        }
        return line.toString();
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String milliseconds(Duration took) {
        long millis = took.toMillis();
        return millis < 1 ? "<1 ms" : millis + " ms";
    }
}
