package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.Scenario;

import java.util.List;
import java.util.Objects;

/**
 * Something the analysis reports. {@code rule} is one of the {@code RULE_*} codes; {@code services}
 * are the ids it concerns, most relevant first; {@code message} is a sentence a person understands
 * ("Checkout is up at 52m, target 20m: Legacy DB 40m → Auth 4m → Checkout 8m"); {@code scenario} is
 * the id of the scenario it was found in (a finding about how the plan is drawn is repeated in each).
 */
public record Finding(Severity severity, String rule, List<String> services, String message, String scenario) {
    public static final String RULE_RTO_MISS = "rto-miss";
    public static final String RULE_RPO_MISS = "rpo-miss";
    public static final String RULE_TIER_INVERSION = "tier-inversion";
    public static final String RULE_CYCLE = "cycle";
    public static final String RULE_UNKNOWN_DEPENDENCY = "unknown-dependency";
    public static final String RULE_MISSING_RESTORE_TIME = "missing-restore-time";
    public static final String RULE_UNKNOWN_TIER = "unknown-tier";
    /** A scenario fails a service over to its standby, and the plan does not say how long that takes. */
    public static final String RULE_MISSING_FAILOVER_TIME = "missing-failover-time";
    /** Data corruption reaches a service whose only protection is replication: every copy is damaged. */
    public static final String RULE_CORRUPTION_UNPROTECTED = "corruption-unprotected";

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        services = ChainList.immutable(services);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(scenario, "scenario");
    }

    /** A finding of the built-in total scenario. */
    public Finding(Severity severity, String rule, List<String> services, String message) {
        this(severity, rule, services, message, Scenario.TOTAL_ID);
    }

    /** The same finding, found in another scenario. */
    public Finding inScenario(String scenarioId) {
        return scenarioId.equals(scenario) ? this : new Finding(severity, rule, services, message, scenarioId);
    }
}
