package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.model.Durations;
import java.util.EnumMap;
import java.util.Map;

/**
 * The one line at the top of a runbook that says how the recovery goes: "7 services · 1 missed ·
 * 2 at risk · 4 meet · last service up at 1h5m". Worst verdicts first; a verdict no service has is left
 * out. Stateless.
 */
final class RunbookSummary {
    private RunbookSummary() {
    }

    static String of(Analysis analysis) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (ServiceResult result : analysis.results()) {
            counts.merge(result.verdict(), 1, Integer::sum);
        }
        int services = analysis.results().size();
        StringBuilder line = new StringBuilder().append(services).append(services == 1 ? " service" : " services");
        for (Verdict verdict : new Verdict[] {Verdict.BLOCKED, Verdict.MISSED, Verdict.AT_RISK, Verdict.INCOMPLETE,
                Verdict.MEETS}) {
            Integer n = counts.get(verdict);
            if (n != null) {
                line.append(" · ").append(n).append(' ').append(word(verdict, n));
            }
        }
        if (analysis.makespan() != null) {
            line.append(" · last service up at ").append(Durations.format(analysis.makespan()));
        }
        return line.toString();
    }

    private static String word(Verdict verdict, int n) {
        return switch (verdict) {
            case MEETS -> n == 1 ? "meets" : "meet";
            case AT_RISK -> "at risk";
            case MISSED -> "missed";
            case BLOCKED -> "blocked by a cycle";
            case INCOMPLETE -> "with incomplete data";
            case UNAFFECTED -> "unaffected";
        };
    }
}
