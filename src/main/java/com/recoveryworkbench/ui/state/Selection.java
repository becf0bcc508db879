package com.recoveryworkbench.ui.state;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the user has selected: services (by id) or one dependency, never both. Each change publishes
 * a new unmodifiable set, so listeners can compare old and new. FX thread only.
 */
public final class Selection {
    private final ReadOnlyObjectWrapper<Set<String>> services =
            new ReadOnlyObjectWrapper<>(this, "services", Set.of());
    private final ReadOnlyObjectWrapper<Dependency> dependency = new ReadOnlyObjectWrapper<>(this, "dependency");

    /** Selected service ids in the order they were selected; empty when none. */
    public ReadOnlyObjectProperty<Set<String>> servicesProperty() {
        return services.getReadOnlyProperty();
    }

    public Set<String> getServices() {
        return services.get();
    }

    /** The selected dependency; {@code null} when none. */
    public ReadOnlyObjectProperty<Dependency> dependencyProperty() {
        return dependency.getReadOnlyProperty();
    }

    public Dependency getDependency() {
        return dependency.get();
    }

    public void selectServices(Collection<String> ids) {
        dependency.set(null);
        services.set(orderedCopy(ids));
    }

    public void selectService(String id) {
        selectServices(Set.of(id));
    }

    /** Adds or removes one service (Shift/Ctrl-click). */
    public void toggleService(String id) {
        LinkedHashSet<String> next = new LinkedHashSet<>(services.get());
        if (!next.remove(id)) {
            next.add(id);
        }
        selectServices(next);
    }

    public void selectDependency(Dependency d) {
        services.set(Set.of());
        dependency.set(d);
    }

    public void clear() {
        services.set(Set.of());
        dependency.set(null);
    }

    /** Forgets what the plan no longer has (after delete, undo, open); keeps the rest selected. */
    public void retainExisting(Plan plan) {
        Set<String> current = services.get();
        if (current.stream().anyMatch(id -> !plan.hasService(id))) {
            services.set(orderedCopy(current.stream().filter(plan::hasService).toList()));
        }
        Dependency d = dependency.get();
        if (d != null) {
            dependency.set(plan.dependency(d.from(), d.to()).orElse(null));
        }
    }

    private static Set<String> orderedCopy(Collection<String> ids) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(ids));
    }
}
