package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.advice.Candidate;
import com.recoveryworkbench.analysis.advice.Outcome;
import com.recoveryworkbench.analysis.advice.PlanChange;
import com.recoveryworkbench.analysis.advice.Requirement;
import com.recoveryworkbench.analysis.cost.ScenarioCost;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * The sentences of fix first that the {@code advise} report and the window's Fix first panel share, so
 * both say the same thing in the same words. Money only when the plan has rates. Stateless.
 */
public final class AdviceSentences {
    private AdviceSentences() {
    }

    /**
     * "Legacy order DB must come back in 8m (now 40m) for Checkout to meet 20m", or when that cannot be,
     * "Legacy order DB back in 16m (now 40m) brings Checkout to 28m, the soonest it alone can (target 20m)";
     * ", in eu-west-lost" follows for a scenario other than the total one.
     *
     * @param candidate the restore- or failover-time candidate that carries {@code r}
     */
    public static String requirement(Plan plan, Requirement r, Candidate candidate) {
        String where = r.scenarioId().equals("total") ? "" : ", in " + r.scenarioId();
        String times = Durations.format(r.required()) + " (now " + Durations.format(now(candidate)) + ")";
        if (r.meets()) {
            return name(plan, r.service()) + " must come back in " + times + " for " + name(plan, r.late())
                    + " to meet " + Durations.format(r.target()) + where;
        }
        return name(plan, r.service()) + " back in " + times + " brings " + name(plan, r.late()) + " to "
                + Durations.format(r.reachedUp()) + ", the soonest it alone can (target "
                + Durations.format(r.target()) + ")" + where;
    }

    private static Duration now(Candidate c) {
        if (c.change() instanceof PlanChange.RestoreTime t) {
            return t.from();
        }
        if (c.change() instanceof PlanChange.FailoverTime t) {
            return t.from();
        }
        throw new IllegalArgumentException("only a time change carries requirements: " + c.change());
    }

    /** "2 misses, 32m late in total, all up after 2h30m" and ", downtime costs 1,200.00 EUR" with rates. */
    public static String outcome(Outcome o, Plan plan) {
        String makespan = o.makespanSeconds() == null ? "nothing scheduled"
                : "all up after " + Durations.format(Duration.ofSeconds(o.makespanSeconds()));
        return misses(o.misses()) + ", " + Durations.format(Duration.ofSeconds(o.latenessSeconds()))
                + " late in total, " + makespan + (o.cost() == null ? "" : ", downtime costs " + money(o.cost(), plan));
    }

    /** "1 miss", "2 misses". */
    public static String misses(int n) {
        return n + (n == 1 ? " miss" : " misses");
    }

    /** An amount in the plan's currency: "1,200.00 EUR". */
    public static String money(BigDecimal amount, Plan plan) {
        return ScenarioCost.format(amount, plan.settings().currency());
    }

    private static String name(Plan plan, String id) {
        return plan.service(id).map(Service::name).orElse(id);
    }
}
