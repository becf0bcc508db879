package com.recoveryworkbench.analysis.advice;

import java.math.BigDecimal;
import java.util.List;

/**
 * One change the {@link Advisor} tried, and what it does across the advice's scenarios, both measured
 * by a full re-analysis. {@code requirements} says, for a restore or failover time, which misses the
 * new time is exactly enough for (empty for other changes).
 */
public record Candidate(PlanChange change, Outcome before, Outcome after, List<Requirement> requirements) {
    public Candidate {
        requirements = List.copyOf(requirements);
    }

    public int missesCleared() {
        return before.misses() - after.misses();
    }

    public long latenessRemovedSeconds() {
        return before.latenessSeconds() - after.latenessSeconds();
    }

    /** How much less the downtime costs; {@code null} when the plan has no rates. */
    public BigDecimal costAvoided() {
        return before.cost() == null || after.cost() == null ? null : before.cost().subtract(after.cost());
    }

    /** Whether it improves anything: a miss cleared, lateness removed or cost avoided. */
    boolean helps() {
        BigDecimal avoided = costAvoided();
        return missesCleared() > 0 || latenessRemovedSeconds() > 0 || (avoided != null && avoided.signum() > 0);
    }
}
