package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Service;

import java.time.Duration;

/**
 * The worst-case data loss a service's data protection allows. A figure the plan does not know (a
 * backup interval, a replication lag) leaves the loss unbounded, so a missing figure never passes
 * for a met target; a missing backup transfer time counts as zero.
 *
 * <p>In a scenario (rule 6 of docs/recovery-rules.md): a service that is not hit itself loses
 * nothing; a restore or a failover loses what its protection allows, as above; under data
 * corruption only backups and snapshots count, since replication copies the damage.
 */
final class RpoEstimates {
    private static final RpoEstimate NOT_APPLICABLE = new RpoEstimate.NotApplicable();
    private static final RpoEstimate UNBOUNDED = new RpoEstimate.Unbounded();
    private static final RpoEstimate NOTHING_LOST = new RpoEstimate.Bounded(Duration.ZERO);

    private RpoEstimates() {
    }

    /** The loss of a service in a scenario, in the state the scenario leaves it. */
    static RpoEstimate of(Service service, ServiceState state, boolean dataCorruption) {
        if (!state.takesAction()) {
            return service.isStateful() ? NOTHING_LOST : NOT_APPLICABLE;
        }
        return dataCorruption && exposedToCorruption(service) ? UNBOUNDED : of(service);
    }

    /** Stateful and protected by replication only, which carries a corruption to every copy. */
    static boolean exposedToCorruption(Service service) {
        return service.isStateful() && switch (service.protection().method()) {
            case ASYNC_REPLICATION, SYNC_REPLICATION -> true;
            case NONE, BACKUP, SNAPSHOT -> false;
        };
    }

    /** The loss when everything is lost and the service is restored: what its protection allows. */
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
