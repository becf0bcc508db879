package com.recoveryworkbench.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Something the analysis reports. {@code rule} is one of the {@code RULE_*} codes; {@code services}
 * are the ids it concerns, most relevant first; {@code message} is a sentence a person understands
 * ("Checkout is up at 52m, target 20m: Legacy DB 40m → Auth 4m → Checkout 8m").
 */
public record Finding(Severity severity, String rule, List<String> services, String message) {
    public static final String RULE_RTO_MISS = "rto-miss";
    public static final String RULE_RPO_MISS = "rpo-miss";
    public static final String RULE_TIER_INVERSION = "tier-inversion";
    public static final String RULE_CYCLE = "cycle";
    public static final String RULE_UNKNOWN_DEPENDENCY = "unknown-dependency";
    public static final String RULE_MISSING_RESTORE_TIME = "missing-restore-time";
    public static final String RULE_UNKNOWN_TIER = "unknown-tier";

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        services = ChainList.immutable(services);
        Objects.requireNonNull(message, "message");
    }
}
