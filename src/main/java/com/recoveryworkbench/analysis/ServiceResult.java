package com.recoveryworkbench.analysis;

import java.time.Duration;
import java.util.List;

/**
 * What the analysis computed for one service. Values are {@code null} where they do not exist:
 * {@code wave}, {@code start}, {@code up} and {@code slack} for a service that is blocked by a cycle;
 * {@code rtoTarget}/{@code rpoTarget} when neither the service nor a known tier gives one;
 * {@code rtoMet}/{@code rpoMet} when there is nothing to compare (no target, blocked, RPO not applicable).
 *
 * @param criticalPath ids from the first restored service to this one: the chain of hard
 *                     dependencies that sets its up time (just this id when nothing delays it)
 */
public record ServiceResult(String id, Integer wave, Duration start, Duration up, Duration rtoTarget,
                            Duration slack, Boolean rtoMet, RpoEstimate achievableRpo, Duration rpoTarget,
                            Boolean rpoMet, List<String> criticalPath, Verdict verdict) {
    public ServiceResult {
        criticalPath = ChainList.immutable(criticalPath);
    }

    public boolean isScheduled() {
        return up != null;
    }
}
