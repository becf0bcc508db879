package com.recoveryworkbench.cli;

import com.recoveryworkbench.analysis.advice.Advice;
import com.recoveryworkbench.analysis.advice.Candidate;
import com.recoveryworkbench.analysis.advice.Requirement;
import com.recoveryworkbench.analysis.advice.ServiceSensitivity;
import com.recoveryworkbench.io.export.AdviceSentences;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The {@code advise} report for people: where the plan stands, then each candidate with its
 * sentence, the exact times it stands for ("Legacy order DB must come back in 8m (now 40m) for Checkout
 * to meet 20m") and its before and after. Money only when the plan has rates. Stateless.
 */
final class AdviceTextReport {
    private AdviceTextReport() {
    }

    static String render(Plan plan, Advice advice, int top) {
        StringBuilder out = new StringBuilder();
        out.append("Fix first: ").append(plan.name()).append(" (").append(scenarios(advice.scenarioIds()))
                .append(")\n");
        out.append("Now: ").append(AdviceSentences.outcome(advice.before(), plan)).append("\n\n");
        List<Candidate> shown = advice.top(top);
        if (shown.isEmpty()) {
            out.append(advice.before().misses() == 0 && advice.before().latenessSeconds() == 0
                    ? "Nothing to fix: every service is on time.\n"
                    : "No single change tried clears a miss or removes lateness without making something worse.\n");
            return out.toString();
        }
        int rank = 1;
        for (Candidate c : shown) {
            out.append(String.format(Locale.ROOT, "%2d. ", rank++)).append(c.change().describe(plan)).append('\n');
            for (Requirement r : c.requirements()) {
                out.append("    ").append(AdviceSentences.requirement(plan, r, c)).append('\n');
            }
            out.append("    ").append(effect(c, plan)).append('\n');
        }
        return out.toString();
    }

    static String renderSensitivity(Plan plan, List<ServiceSensitivity> weights) {
        TextTable table = new TextTable("  ", TextTable.Align.LEFT, TextTable.Align.LEFT, TextTable.Align.RIGHT);
        table.heading("Sensitivity: " + plan.name() + " (minutes of total lateness per minute of restore time)");
        table.row("Service", "Name", "Late min/min");
        for (ServiceSensitivity w : weights) {
            table.row(w.service(), plan.service(w.service()).map(Service::name).orElse(w.service()),
                    String.format(Locale.ROOT, "%.2f", w.lateMinutesPerMinute()));
        }
        return table.render();
    }

    private static String scenarios(List<String> ids) {
        return ids.size() == 1 ? "scenario " + ids.get(0) : "scenarios " + String.join(", ", ids);
    }

    private static String effect(Candidate c, Plan plan) {
        String cleared = c.change().isPolicy() ? "policy decision, not a fix: " : "";
        String avoided = c.costAvoided() == null ? "" : ", " + AdviceSentences.money(c.costAvoided(), plan) + " less downtime cost";
        return cleared + "clears " + c.missesCleared() + " of " + c.before().misses() + (c.before().misses() == 1
                ? " miss" : " misses") + ", " + Durations.format(Duration.ofSeconds(c.latenessRemovedSeconds()))
                + " less lateness" + avoided + "; after: " + AdviceSentences.outcome(c.after(), plan);
    }
}
