package com.recoveryworkbench.ui.fixfirst;

import com.recoveryworkbench.analysis.advice.Candidate;
import com.recoveryworkbench.analysis.advice.Outcome;
import com.recoveryworkbench.io.export.AdviceSentences;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Turns a candidate into the lines of its card, in the words of the {@code advise} report
 * ({@link AdviceSentences}). Money only when the plan has rates. Pure functions.
 */
final class CandidateText {
    private CandidateText() {
    }

    static CandidateRow row(int rank, Candidate c, Plan basis) {
        return new CandidateRow(rank, c.change().describe(basis),
                c.requirements().stream().map(r -> AdviceSentences.requirement(basis, r, c)).toList(),
                effect(c, basis), beforeAfter(c.before(), c.after(), basis), c.change().isPolicy(),
                c.change().services(), c, basis);
    }

    /** "clears 1 of 2 misses · 32m less lateness · 1,200.00 EUR less downtime cost". */
    static String effect(Candidate c, Plan plan) {
        String cost = c.costAvoided() == null ? ""
                : " · " + AdviceSentences.money(c.costAvoided(), plan) + " less downtime cost";
        return "clears " + c.missesCleared() + " of " + AdviceSentences.misses(c.before().misses()) + " · "
                + Durations.format(Duration.ofSeconds(c.latenessRemovedSeconds())) + " less lateness" + cost;
    }

    /** "misses 2 → 1 · all up after 2h30m → 2h30m · cost 3,000.00 EUR → 1,800.00 EUR". */
    static String beforeAfter(Outcome before, Outcome after, Plan plan) {
        String text = "misses " + before.misses() + " → " + after.misses() + " · all up after "
                + makespan(before) + " → " + makespan(after);
        if (before.cost() != null && after.cost() != null) {
            text += " · cost " + money(before.cost(), plan) + " → " + money(after.cost(), plan);
        }
        return text;
    }

    private static String makespan(Outcome o) {
        return o.makespanSeconds() == null ? "—" : Durations.format(Duration.ofSeconds(o.makespanSeconds()));
    }

    private static String money(BigDecimal amount, Plan plan) {
        return AdviceSentences.money(amount, plan);
    }
}
