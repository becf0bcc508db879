package com.recoveryworkbench.analysis.drill;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.analysis.ServiceState;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.time.Duration;
import java.util.Optional;

/**
 * Says in one sentence why a service is up when it is in a proven analysis, naming the measured steps
 * of the chain that sets its time, each as what the scenario makes it do: "Checkout is up at 1h7m
 * proven (52m planned): Legacy order DB measured 55m in the 2026-10-03 drill → Auth 4m → Checkout 8m";
 * in a region loss "Cart DB (EU) failed over in 15m in the 2026-11-21 drill → Cart (EU) failover 3m".
 */
final class ProvenExplanation {
    private static final String ARROW = " → ";

    private final Plan measuredPlan;
    private final EvidenceIndex evidence;

    ProvenExplanation(Plan measuredPlan, EvidenceIndex evidence) {
        this.measuredPlan = measuredPlan;
        this.evidence = evidence;
    }

    /**
     * The sentence for a service's result in {@code proven}, a proven analysis of any scenario of the
     * plan; empty when it has no up time (blocked) or is not in that analysis.
     */
    String of(Analysis proven, String serviceId, Duration plannedUp) {
        ServiceResult result = proven.result(serviceId).orElse(null);
        if (result == null || result.up() == null) {
            return "";
        }
        Service service = measuredPlan.service(serviceId).orElseThrow();
        StringBuilder out = new StringBuilder(service.name()).append(" is up at ")
                .append(Durations.format(result.up())).append(" proven");
        if (plannedUp != null) {
            out.append(" (").append(Durations.format(plannedUp)).append(" planned)");
        }
        out.append(": ");
        Duration declarationDelay = proven.scenario().declarationDelayOr(measuredPlan.settings().declarationDelay());
        if (!declarationDelay.isZero()) {
            out.append("declaration ").append(Durations.format(declarationDelay)).append(ARROW);
        }
        String separator = "";
        for (String id : result.criticalPath()) {
            out.append(separator).append(step(id, proven.result(id).map(ServiceResult::state)
                    .orElse(ServiceState.RESTORED)));
            separator = ARROW;
        }
        return out.toString();
    }

    private String step(String id, ServiceState state) {
        Service service = measuredPlan.service(id).orElseThrow();
        return switch (state) {
            case RESTORED -> timed(service, MeasuredAction.RESTORE);
            case FAILED_OVER -> timed(service, MeasuredAction.FAILOVER);
            case WAITING, UNAFFECTED -> service.name() + " (only waits)";
        };
    }

    /** "Auth measured 4m in the 2026-10-03 drill" when a drill timed the action, else the plan's claim ("Auth 4m"). */
    private String timed(Service service, MeasuredAction action) {
        Optional<Evidence> measured = evidence.latestMeasured(service.id(), action);
        if (measured.isPresent()) {
            return service.name() + " " + action.timedAs() + " " + Durations.format(measured.get().measured())
                    + " in the " + measured.get().date() + " drill";
        }
        return service.name() + " " + action.claim(action.planned(service));
    }
}
