package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Service;

import java.time.Duration;

/**
 * The worst-case data loss a service's data protection allows. A figure the plan does not know (a
 * backup interval, a replication lag) leaves the loss unbounded, so a missing figure never passes
 * for a met target; a missing backup transfer time counts as zero.
 */
final class RpoEstimates {
    private static final RpoEstimate NOT_APPLICABLE = new RpoEstimate.NotApplicable();
    private static final RpoEstimate UNBOUNDED = new RpoEstimate.Unbounded();

    private RpoEstimates() {
    }

    static RpoEstimate of(Service service) {
        if (!service.isStateful()) {
            return NOT_APPLICABLE;
        }
        DataProtection p = service.protection();
        return switch (p.method()) {
            case NONE -> UNBOUNDED;
            case BACKUP, SNAPSHOT -> p.interval() == null ? UNBOUNDED
                    : new RpoEstimate.Bounded(p.interval().plus(p.transfer() == null ? Duration.ZERO : p.transfer()));
            case ASYNC_REPLICATION -> p.interval() == null ? UNBOUNDED : new RpoEstimate.Bounded(p.interval());
            case SYNC_REPLICATION -> new RpoEstimate.Bounded(Duration.ZERO);
        };
    }

    /** Whether the estimate meets the target; {@code null} when there is nothing to compare. */
    static Boolean meets(RpoEstimate estimate, Duration target) {
        if (target == null || estimate instanceof RpoEstimate.NotApplicable) {
            return null;
        }
        return estimate instanceof RpoEstimate.Bounded bounded && bounded.loss().compareTo(target) <= 0;
    }
}
