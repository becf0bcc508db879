package com.recoveryworkbench.analysis.drill;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.TierPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Judges only the evidence: does every service of a tier with a drill cadence have a drill it
 * recovered in within that cadence, as of a given date? Services of a tier without a cadence, or of a
 * tier the plan does not have, are not judged. Immutable and thread-safe.
 */
public final class CadenceCheck {
    private final LocalDate asOf;
    private final List<CadenceStatus> statuses;

    private CadenceCheck(LocalDate asOf, List<CadenceStatus> statuses) {
        this.asOf = asOf;
        this.statuses = List.copyOf(statuses);
    }

    public static CadenceCheck of(Plan plan, LocalDate asOf) {
        return of(plan, EvidenceIndex.of(plan), asOf);
    }

    static CadenceCheck of(Plan plan, EvidenceIndex evidence, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<CadenceStatus> statuses = new ArrayList<>();
        for (Service service : plan.services()) {
            Optional<Duration> cadence = plan.tier(service.tier()).flatMap(TierPolicy::drillCadenceOrDefault);
            if (cadence.isEmpty()) {
                continue;
            }
            Evidence last = evidence.lastRecovered(service.id()).orElse(null);
            boolean current = last != null && DrillCadence.isCurrent(last.date(), cadence.get(), asOf);
            statuses.add(new CadenceStatus(service.id(), service.tier(), cadence.get(),
                    evidence.latest(service.id()).isPresent(), last, current));
        }
        return new CadenceCheck(asOf, statuses);
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** One status per judged service, sorted by service id. */
    public List<CadenceStatus> statuses() {
        return statuses;
    }

    /** Whether every judged service's evidence is current (true when no service is judged). */
    public boolean passes() {
        return statuses.stream().allMatch(CadenceStatus::current);
    }
}
