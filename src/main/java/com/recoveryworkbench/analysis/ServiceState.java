package com.recoveryworkbench.analysis;

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
