package com.recoveryworkbench.analysis.uncertainty;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link UncertaintyAnalyzer}: for one scenario, how many runs with which seed, and per
 * service (in the plan's order, every service of the plan) its {@link ServiceUncertainty}. Immutable.
 */
public record Uncertainty(String scenarioId, int runs, long seed, List<ServiceUncertainty> services) {
    public Uncertainty {
        services = List.copyOf(services);
    }

    /** The figures of one service; empty when the plan has no such service. */
    public Optional<ServiceUncertainty> service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
