package com.recoveryworkbench.ui.exchange;

import com.recoveryworkbench.analysis.diff.DependencyChange;
import com.recoveryworkbench.analysis.diff.PlanComparison;
import com.recoveryworkbench.analysis.diff.ServiceChange;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.canvas.ChangeMarks;
import java.util.HashSet;
import java.util.Set;

/**
 * Which cards a comparison marks on the map. Added services are new; a service counts as changed
 * when one of its own fields changed or when its dependencies did (a dependency added, removed or
 * retyped changes what the depending service needs). Moved cards are layout and are not marked; a
 * service whose up time changed only because something it needs changed is not marked either — the
 * report lists those under its recovery effect. Stateless.
 */
public final class ComparisonMarks {
    private ComparisonMarks() {
    }

    public static ChangeMarks of(PlanComparison comparison) {
        Set<String> added = new HashSet<>();
        comparison.servicesAdded().forEach(s -> added.add(s.id()));
        Set<String> changed = new HashSet<>();
        comparison.servicesChanged().stream().map(ServiceChange::id).forEach(changed::add);
        comparison.dependenciesAdded().stream().map(Dependency::from).forEach(changed::add);
        comparison.dependenciesRemoved().stream().map(Dependency::from).forEach(changed::add);
        comparison.dependenciesRetyped().stream().map(DependencyChange::from).forEach(changed::add);
        changed.removeAll(added);
        // A dependency of a removed service names it, but a removed service is drawn as a ghost.
        comparison.servicesRemoved().stream().map(Service::id).forEach(changed::remove);
        return new ChangeMarks(added, changed, comparison.servicesRemoved());
    }
}
