package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.analysis.cost.DowntimeCosts;
import com.recoveryworkbench.analysis.cost.ScenarioCost;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one line at the top of a runbook that says how the recovery goes: "7 services · 1 missed ·
 * 2 at risk · 4 meet · last service up at 1h5m", and when the plan has costs of downtime, what the
 * scenario costs (" · downtime cost 12,500.00 EUR"). Worst verdicts first; a verdict no service has is
 * left out; a plan without rates shows no money. Stateless.
 */
final class RunbookSummary {
    private RunbookSummary() {
    }

    static String of(Plan plan, Analysis analysis) {
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
        cost(plan, analysis).ifPresent(cost -> line.append(" · downtime cost ").append(cost));
        return line.toString();
    }

    /**
     * What the analysed scenario's downtime costs: "12,500.00 EUR", followed by
     * "(1 service never restored counts the 7d horizon)" when blocked services count the horizon;
     * empty when the plan has no rates.
     */
    static Optional<String> cost(Plan plan, Analysis analysis) {
        return DowntimeCosts.of(plan, analysis).map(cost -> cost.formattedTotal() + horizonNote(cost, plan));
    }

    private static String horizonNote(ScenarioCost cost, Plan plan) {
        int n = cost.blockedAtHorizon();
        return n == 0 ? "" : " (" + n + (n == 1 ? " service" : " services") + " never restored count"
                + (n == 1 ? "s" : "") + " the " + Durations.format(plan.settings().horizon()) + " horizon)";
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
