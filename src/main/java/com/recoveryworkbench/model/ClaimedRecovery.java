package com.recoveryworkbench.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What the plan claimed about one service on the day of a drill: its restore time, its strategy and
 * the services it hard-depends on. Recorded with each drill result, so that a later edit of any of
 * them shows the result up as stale evidence. Immutable.
 *
 * @param restoreTime      {@code null} when the plan had none
 * @param strategy         {@code null} when the plan had none
 * @param hardDependencies sorted, without repeats; soft dependencies are left out because they never
 *                         change when a service can be restored
 */
public record ClaimedRecovery(Duration restoreTime, RecoveryStrategy strategy, List<String> hardDependencies) {

    public ClaimedRecovery {
        Durations.requireValid(restoreTime, "claimed restore time");
        hardDependencies = List.copyOf(new TreeSet<>(Objects.requireNonNull(hardDependencies, "hardDependencies")));
    }

    /** What {@code plan} claims today about {@code serviceId}; nothing is known of a service it does not have. */
    public static ClaimedRecovery of(Plan plan, String serviceId) {
        Service service = plan.service(serviceId).orElse(null);
        List<String> hard = plan.dependenciesOf(serviceId).stream()
                .filter(d -> d.type() == DependencyType.HARD).map(Dependency::to).toList();
        return service == null ? new ClaimedRecovery(null, null, hard)
                : new ClaimedRecovery(service.restoreTime(), service.strategy(), hard);
    }

    /** The same claim with a service id renamed among the dependencies. */
    ClaimedRecovery withDependencyRenamed(String oldId, String newId) {
        return new ClaimedRecovery(restoreTime, strategy,
                hardDependencies.stream().map(id -> id.equals(oldId) ? newId : id).toList());
    }
}
