package com.recoveryworkbench.analysis.diff;

import com.recoveryworkbench.analysis.Finding;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a change did to the recovery: services whose wave, up time or compliance differ (sorted by
 * id), findings only the newer version has ({@code appeared}), findings both have about the same
 * subject with other figures ({@code changed}: a miss that is still a miss, "up 1h5m → 35m"), and
 * findings the newer version no longer has at all ({@code resolved}), each in analysis order, and the
 * makespans ({@code null} when nothing is scheduled). Findings are the same when rule, services and
 * message are; they are about the same subject when rule and {@link FindingSubject} are.
 */
public record RecoveryEffect(List<ServiceEffect> services, List<Finding> appeared, List<FindingChange> changed,
                             List<Finding> resolved, Duration makespanBefore, Duration makespanAfter) {
    public RecoveryEffect {
        services = List.copyOf(services);
        appeared = List.copyOf(appeared);
        changed = List.copyOf(changed);
        resolved = List.copyOf(resolved);
    }

    public boolean isEmpty() {
        return services.isEmpty() && appeared.isEmpty() && changed.isEmpty() && resolved.isEmpty()
                && Objects.equals(makespanBefore, makespanAfter);
    }
}
