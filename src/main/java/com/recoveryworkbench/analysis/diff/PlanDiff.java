package com.recoveryworkbench.analysis.diff;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.analysis.ScenarioAnalyses;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.DependencyType;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.TierPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares two versions of a plan: services, dependencies, tiers, scenarios and drills matched by id
 * (dependencies by their (from, to) pair), field by field, the analyses of both in every scenario
 * they share, and their proven views when either has drills. Stateless and thread-safe;
 * arguments must not be {@code null}. Equal inputs give equal comparisons.
 */
public final class PlanDiff {
    private PlanDiff() {
    }

    public static PlanComparison compare(Plan old, Plan neu) {
        RecoveryAnalyzer analyzer = new RecoveryAnalyzer();
        ScenarioAnalyses oldAnalyses = analyzer.analyzeAll(old);
        ScenarioAnalyses newAnalyses = analyzer.analyzeAll(neu);
        List<ServiceChange> changed = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        for (Service before : old.services()) {
            neu.service(before.id()).ifPresent(after -> {
                List<FieldChange> changes = Field.changes(Fields.SERVICE, before, after);
                if (!changes.isEmpty()) {
                    changed.add(new ServiceChange(after.id(), after.name(), changes));
                }
                if (!sameLayout(before, after)) {
                    moved.add(after.id());
                }
            });
        }
        List<TierChange> tiersChanged = new ArrayList<>();
        for (TierPolicy before : old.tiers()) {
            neu.tier(before.id()).map(after -> Field.changes(Fields.TIER, before, after))
                    .filter(changes -> !changes.isEmpty())
                    .ifPresent(changes -> tiersChanged.add(new TierChange(before.id(), changes)));
        }
        return new PlanComparison(Field.changes(Fields.PLAN, old, neu),
                neu.services().stream().filter(s -> !old.hasService(s.id())).toList(),
                old.services().stream().filter(s -> !neu.hasService(s.id())).toList(),
                changed, moved,
                onlyIn(neu, old), onlyIn(old, neu), retyped(old, neu),
                neu.tiers().stream().filter(t -> old.tier(t.id()).isEmpty()).toList(),
                old.tiers().stream().filter(t -> neu.tier(t.id()).isEmpty()).toList(),
                tiersChanged,
                Field.changes(Fields.SETTINGS, old.settings(), neu.settings()),
                EffectDiff.compare(old, oldAnalyses.total(), neu, newAnalyses.total()),
                neu.scenarios().stream().filter(s -> old.scenario(s.id()).isEmpty()).toList(),
                old.scenarios().stream().filter(s -> neu.scenario(s.id()).isEmpty()).toList(),
                scenariosChanged(old, oldAnalyses, neu, newAnalyses), DrillDiff.compare(old, neu));
    }

    /** Scenarios of both versions, the total one aside, whose fields or recovery differ. */
    private static List<ScenarioChange> scenariosChanged(Plan old, ScenarioAnalyses before, Plan neu,
                                                         ScenarioAnalyses after) {
        List<ScenarioChange> changed = new ArrayList<>();
        for (Scenario was : old.scenarios()) {
            Optional<Scenario> is = neu.scenario(was.id());
            if (was.isTotal() || is.isEmpty()) {
                continue;
            }
            List<FieldChange> fields = Field.changes(Fields.SCENARIO, was, is.get());
            RecoveryEffect effect = EffectDiff.compare(old, before.of(was.id()).orElseThrow(), neu,
                    after.of(was.id()).orElseThrow());
            if (!fields.isEmpty() || !effect.isEmpty()) {
                changed.add(new ScenarioChange(was.id(), is.get().name(), fields, effect));
            }
        }
        return changed;
    }

    /** Position and the layout hints (pin, forced layer): where the card is and where Arrange may put it. */
    private static boolean sameLayout(Service before, Service after) {
        return before.position().equals(after.position()) && before.pinned() == after.pinned()
                && Objects.equals(before.layer(), after.layer());
    }

    /** Dependencies of {@code plan} whose (from, to) pair {@code other} does not have. */
    private static List<Dependency> onlyIn(Plan plan, Plan other) {
        return plan.dependencies().stream().filter(d -> other.dependency(d.from(), d.to()).isEmpty()).toList();
    }

    private static List<DependencyChange> retyped(Plan old, Plan neu) {
        List<DependencyChange> retyped = new ArrayList<>();
        for (Dependency before : old.dependencies()) {
            Optional<DependencyType> after = neu.dependency(before.from(), before.to()).map(Dependency::type);
            if (after.isPresent() && after.get() != before.type()) {
                retyped.add(new DependencyChange(before.from(), before.to(), before.type(), after.get()));
            }
        }
        return retyped;
    }
}
