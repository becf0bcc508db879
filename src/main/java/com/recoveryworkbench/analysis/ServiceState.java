package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import java.util.Locale;

/** What happens to a service in one scenario: the rules 2, 3 and 5 of docs/recovery-rules.md. */
public enum ServiceState {
    /** Not hit, and nothing it hard-depends on is down: it keeps running. */
    UNAFFECTED,
    /** Not hit itself (or its other active copy carries on), but down until what it hard-depends on is back. */
    WAITING,
    /** Hit, and brought back by a restore (restore time). */
    RESTORED,
    /** Hit, and brought back by a failover to its standby region (failover time). */
    FAILED_OVER;

    /**
     * Rule 2: what a service must do itself in a scenario, as the state that leaves it in:
     * {@link #RESTORED}, {@link #FAILED_OVER}, or {@link #UNAFFECTED} for "nothing" (not hit, or its
     * other active copy carries on). Rule 3 may still make an {@link #UNAFFECTED} service
     * {@link #WAITING}; a service's own action is never changed by it, so a service is failed over in a
     * scenario's analysis exactly when this says {@link #FAILED_OVER}. In the total scenario every
     * region is lost, so every service is {@link #RESTORED}.
     */
    public static ServiceState ownAction(Service service, Scenario scenario) {
        if (!scenario.hits(service)) {
            return UNAFFECTED;
        }
        RecoveryStrategy strategy = service.strategy();
        boolean standbySurvives = !service.standbyRegion().isEmpty() && !scenario.losesRegion(service.standbyRegion());
        if (scenario.dataCorruption() || !standbySurvives || strategy == null) {
            return RESTORED;
        }
        if (strategy == RecoveryStrategy.ACTIVE_ACTIVE) {
            return UNAFFECTED;
        }
        return strategy.failsOver() ? FAILED_OVER : RESTORED;
    }

    /** The word used in reports and JSON ("failed-over"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the service is down in the scenario (everything but {@link #UNAFFECTED}). */
    public boolean isDown() {
        return this != UNAFFECTED;
    }

    /** Whether it takes a restore slot: restores and failovers do, waiting does not. */
    boolean takesAction() {
        return this == RESTORED || this == FAILED_OVER;
    }
}
