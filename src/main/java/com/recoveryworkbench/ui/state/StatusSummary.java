package com.recoveryworkbench.ui.state;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.model.Durations;
import java.time.Duration;

/**
 * The one line the status bar shows about an analysis: "60 services · 7 misses · makespan 3h12m ·
 * analysed in 4 ms", after the scenario's name when it is not the total one ("eu-west lost: 60 services · …"). A miss is a service that misses its RTO or RPO target (counted once even when it
 * misses both).
 */
public final class StatusSummary {
    private StatusSummary() {
    }

    /** {@code took} may be {@code null} (then the timing is left out). */
    public static String describe(Analysis analysis, Duration took) {
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
