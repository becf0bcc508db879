package com.recoveryworkbench.analysis.diff;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.TierPolicy;
import java.util.List;
import java.util.Objects;

/**
 * What changed from one version of a plan to another, and what it did to the recovery. Immutable;
 * every list is unmodifiable and sorted: services and tiers by id, dependencies by (from, to).
 *
 * @param plan          the plan's name and description
 * @param servicesMoved ids of services in both versions whose layout (position, pin or forced layer)
 *                      differs from the other version's; layout, so not among {@code servicesChanged}
 * @param settings      declaration delay and restore capacity
 * @param scenariosChanged scenarios both versions have (the total one aside, whose effect is
 *                      {@code effect}) whose fields or recovery differ, sorted by id
 * @param drills        drills added, removed and changed, and what changed in the proven view
 */
public record PlanComparison(List<FieldChange> plan, List<Service> servicesAdded, List<Service> servicesRemoved,
                             List<ServiceChange> servicesChanged, List<String> servicesMoved,
                             List<Dependency> dependenciesAdded, List<Dependency> dependenciesRemoved,
                             List<DependencyChange> dependenciesRetyped, List<TierPolicy> tiersAdded,
                             List<TierPolicy> tiersRemoved, List<TierChange> tiersChanged,
                             List<FieldChange> settings, RecoveryEffect effect, List<Scenario> scenariosAdded,
                             List<Scenario> scenariosRemoved, List<ScenarioChange> scenariosChanged,
                             DrillLogChange drills) {
    public PlanComparison {
        plan = List.copyOf(plan);
        servicesAdded = List.copyOf(servicesAdded);
        servicesRemoved = List.copyOf(servicesRemoved);
        servicesChanged = List.copyOf(servicesChanged);
        servicesMoved = List.copyOf(servicesMoved);
        dependenciesAdded = List.copyOf(dependenciesAdded);
        dependenciesRemoved = List.copyOf(dependenciesRemoved);
        dependenciesRetyped = List.copyOf(dependenciesRetyped);
        tiersAdded = List.copyOf(tiersAdded);
        tiersRemoved = List.copyOf(tiersRemoved);
        tiersChanged = List.copyOf(tiersChanged);
        settings = List.copyOf(settings);
        scenariosAdded = List.copyOf(scenariosAdded);
        scenariosRemoved = List.copyOf(scenariosRemoved);
        scenariosChanged = List.copyOf(scenariosChanged);
        Objects.requireNonNull(drills, "drills");
    }

    /** Whether the versions describe the same plan, positions included. */
    public boolean isIdentical() {
        return servicesMoved.isEmpty() && onlyLayoutDiffers();
    }

    /** Whether nothing but layout (positions, pins, forced layers) differs (also true when the versions are identical). */
    public boolean onlyLayoutDiffers() {
        return plan.isEmpty() && servicesAdded.isEmpty() && servicesRemoved.isEmpty() && servicesChanged.isEmpty()
                && dependenciesAdded.isEmpty() && dependenciesRemoved.isEmpty() && dependenciesRetyped.isEmpty()
                && tiersAdded.isEmpty() && tiersRemoved.isEmpty() && tiersChanged.isEmpty() && settings.isEmpty()
                && scenariosAdded.isEmpty() && scenariosRemoved.isEmpty()
                && scenariosChanged.stream().allMatch(s -> s.changes().isEmpty()) && drills.sameLog();
    }
}
