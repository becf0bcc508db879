package com.recoveryworkbench.analysis;

import java.time.Duration;
import java.util.List;

/**
 * What the analysis computed for one service. Values are {@code null} where they do not exist:
 * {@code wave}, {@code start}, {@code up} and {@code slack} for a service that is blocked by a cycle;
 * {@code rtoTarget}/{@code rpoTarget} when neither the service nor a known tier gives one;
 * {@code rtoMet}/{@code rpoMet} when there is nothing to compare (no target, blocked, RPO not applicable).
 * A service the scenario leaves {@link ServiceState#UNAFFECTED} has no wave and no start, is up at 0
 * and loses no data, so it meets every target it has; its verdict is {@link Verdict#UNAFFECTED}.
 * Why a service starts later than it was ready (a wait for a free restore slot) is beside it:
 * {@link Analysis#slotWait(String)}.
 *
 * @param criticalPath ids from the first restored service to this one: the chain of hard
 *                     dependencies that sets its up time (just this id when nothing delays it)
 */
public record ServiceResult(String id, Integer wave, Duration start, Duration up, Duration rtoTarget,
                            Duration slack, Boolean rtoMet, RpoEstimate achievableRpo, Duration rpoTarget,
                            Boolean rpoMet, List<String> criticalPath, Verdict verdict, ServiceState state) {
    public ServiceResult {
        criticalPath = ChainList.immutable(criticalPath);
        java.util.Objects.requireNonNull(verdict, "verdict");
        java.util.Objects.requireNonNull(state, "state");
    }

    /** A result of the built-in total scenario, where every service is restored. */
    public ServiceResult(String id, Integer wave, Duration start, Duration up, Duration rtoTarget, Duration slack,
                         Boolean rtoMet, RpoEstimate achievableRpo, Duration rpoTarget, Boolean rpoMet,
                         List<String> criticalPath, Verdict verdict) {
        this(id, wave, start, up, rtoTarget, slack, rtoMet, achievableRpo, rpoTarget, rpoMet, criticalPath, verdict,
                ServiceState.RESTORED);
    }

    /** Whether it has an up time: it was restored, failed over or waited, or it is unaffected (up at 0). */
    public boolean isScheduled() {
        return up != null;
    }

    /** Whether the scenario takes it down, so that it has a wave and is part of the recovery. */
    public boolean isDown() {
        return state.isDown();
    }
}
