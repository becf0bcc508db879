package com.recoveryworkbench.analysis.drill;

import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.time.Duration;
import java.util.Optional;

/**
 * Says in one sentence why a service is up when it is in the proven view, naming the measured steps
 * of the chain that sets its time: "Checkout is up at 1h7m proven (52m planned): Legacy order DB
 * measured 55m in the 2026-10-03 drill → Auth 4m → Checkout 8m".
 */
final class ProvenExplanation {
    private static final String ARROW = " → ";

    private final Plan measuredPlan;
    private final EvidenceIndex evidence;
    private final Duration declarationDelay;

    ProvenExplanation(Plan measuredPlan, EvidenceIndex evidence, Duration declarationDelay) {
        this.measuredPlan = measuredPlan;
        this.evidence = evidence;
        this.declarationDelay = declarationDelay;
    }

    /** The sentence for a service's proven result; empty when it has no up time (blocked). */
    String of(ServiceResult proven, Duration plannedUp) {
        if (proven.up() == null) {
            return "";
        }
        Service service = measuredPlan.service(proven.id()).orElseThrow();
        StringBuilder out = new StringBuilder(service.name()).append(" is up at ")
                .append(Durations.format(proven.up())).append(" proven");
        if (plannedUp != null) {
            out.append(" (").append(Durations.format(plannedUp)).append(" planned)");
        }
        out.append(": ");
        if (!declarationDelay.isZero()) {
            out.append("declaration ").append(Durations.format(declarationDelay)).append(ARROW);
        }
        String separator = "";
        for (String id : proven.criticalPath()) {
            out.append(separator).append(step(id));
            separator = ARROW;
        }
        return out.toString();
    }

    private String step(String id) {
        Service service = measuredPlan.service(id).orElseThrow();
        Optional<Evidence> measured = evidence.latest(id).filter(e -> e.measured() != null);
        if (measured.isPresent()) {
            return service.name() + " measured " + Durations.format(measured.get().measured()) + " in the "
                    + measured.get().date() + " drill";
        }
        return service.name() + " " + (service.restoreTime() == null ? "(no restore time)"
                : Durations.format(service.restoreTime()));
    }
}
