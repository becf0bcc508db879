package com.recoveryworkbench.analysis.diff;

import com.recoveryworkbench.analysis.Finding;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a change did to the recovery: services whose wave, up time or compliance differ (sorted by
 * id), findings only the newer version has ({@code appeared}) or only the older one had
 * ({@code resolved}), both in analysis order, and the makespans ({@code null} when nothing is
 * scheduled). Findings are the same when rule, services and message are; a miss whose message
 * changed ("up at 52m" to "up at 1h2m") is one resolved and one appeared.
 */
public record RecoveryEffect(List<ServiceEffect> services, List<Finding> appeared, List<Finding> resolved,
                             Duration makespanBefore, Duration makespanAfter) {
    public RecoveryEffect {
        services = List.copyOf(services);
        appeared = List.copyOf(appeared);
        resolved = List.copyOf(resolved);
    }

    public boolean isEmpty() {
        return services.isEmpty() && appeared.isEmpty() && resolved.isEmpty()
                && Objects.equals(makespanBefore, makespanAfter);
    }
}
