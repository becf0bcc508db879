package com.recoveryworkbench.analysis.drill;

import com.recoveryworkbench.analysis.ServiceState;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import java.time.Duration;

/**
 * What a drill result timed: the service's restore or its failover to its standby region. A measured
 * restore stands in for the plan's restore time, a measured failover for its failover time; the two
 * are never compared with each other.
 */
public enum MeasuredAction {
    RESTORE("restore", "measured"),
    FAILOVER("failover", "failed over in");

    private final String word;
    private final String timedAs;

    MeasuredAction(String word, String timedAs) {
        this.word = word;
        this.timedAs = timedAs;
    }

    /**
     * What a drill of {@code scenario} timed for {@code service}: a failover when the scenario brings
     * the service back by failing over ({@link ServiceState#ownAction}, the rule the analysis of that
     * scenario uses), a restore otherwise. A drill of the total scenario times restores. Judged on the
     * plan as it is now: a strategy changed since the drill shows up as stale evidence.
     */
    static MeasuredAction of(Scenario scenario, Service service) {
        return ServiceState.ownAction(service, scenario) == ServiceState.FAILED_OVER ? FAILOVER : RESTORE;
    }

    /** The time the plan claims for this action: the service's restore time or its failover time; {@code null} when none. */
    public Duration planned(Service service) {
        return this == RESTORE ? service.restoreTime() : service.failoverTime();
    }

    /** The service with {@code measured} in place of the time the plan claims for this action. */
    Service withMeasured(Service service, Duration measured) {
        // A measured restore outside the service's restore range drops the range: the drill disproved it.
        return this == RESTORE ? service.withRestoreTime(measured)
                : service.toBuilder().failoverTime(measured).build();
    }

    /** "restore", "failover". */
    public String word() {
        return word;
    }

    /** "measured", "failed over in": how a sentence says what a drill timed ("Auth measured 4m"). */
    public String timedAs() {
        return timedAs;
    }

    /**
     * The plan's claim for this action in words: "40m" for a restore, "failover 10m" for a failover;
     * "(no restore time)", "(no failover time)" when the plan has none.
     */
    public String claim(Duration planned) {
        if (planned == null) {
            return "(no " + word + " time)";
        }
        return (this == FAILOVER ? word + " " : "") + Durations.format(planned);
    }
}
