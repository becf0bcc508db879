package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.TierPolicy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The RTO and RPO target of every service: its own override, else its tier's. A service in a tier
 * the plan does not define gets only its overrides, and an {@code unknown-tier} finding.
 */
final class Targets {
    private final Duration[] rto;
    private final Duration[] rpo;

    private Targets(Duration[] rto, Duration[] rpo) {
        this.rto = rto;
        this.rpo = rpo;
    }

    static Targets of(Plan plan, PlanGraph graph, FindingCollector findings) {
        Duration[] rto = new Duration[graph.size()];
        Duration[] rpo = new Duration[graph.size()];
        for (int i = 0; i < graph.size(); i++) {
            Service s = graph.service(i);
            Optional<TierPolicy> tier = plan.tier(s.tier());
            rto[i] = s.rtoTarget() != null ? s.rtoTarget() : tier.map(TierPolicy::rtoTarget).orElse(null);
            rpo[i] = s.rpoTarget() != null ? s.rpoTarget() : tier.map(TierPolicy::rpoTarget).orElse(null);
            if (tier.isEmpty()) {
                findings.add(new Finding(Severity.WARNING, Finding.RULE_UNKNOWN_TIER, List.of(s.id()),
                        FindingSentences.unknownTier(s, rto[i] != null)), i);
            }
        }
        return new Targets(rto, rpo);
    }

    /** The RTO target of service {@code i}, or {@code null} when it has none. */
    Duration rto(int i) {
        return rto[i];
    }

    /** The RPO target of service {@code i}, or {@code null} when it has none. */
    Duration rpo(int i) {
        return rpo[i];
    }

    /** The RTO target in seconds for ordering by urgency; no target sorts after every target. */
    long rtoSeconds(int i) {
        return rto[i] == null ? Long.MAX_VALUE : rto[i].getSeconds();
    }
}
