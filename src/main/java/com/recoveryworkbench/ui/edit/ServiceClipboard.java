package com.recoveryworkbench.ui.edit;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Copied services and the dependencies among them (dependencies to services outside the copy are
 * left behind), ready to be pasted into any plan. Immutable; no JavaFX.
 */
public record ServiceClipboard(List<Service> services, List<Dependency> dependencies) {
    /** Where pasted copies land relative to their originals, so they do not hide them. */
    public static final double PASTE_OFFSET = 40;

    public static final ServiceClipboard EMPTY = new ServiceClipboard(List.of(), List.of());

    /** A pasted plan and the ids the pasted services got, in the order of {@link #services()}. */
    public record Pasted(Plan plan, List<String> ids) {
    }

    public ServiceClipboard {
        services = List.copyOf(services);
        dependencies = List.copyOf(dependencies);
    }

    /** The services of {@code plan} with the given ids (unknown ids are skipped) and their dependencies among themselves. */
    public static ServiceClipboard copy(Plan plan, Collection<String> ids) {
        List<Service> services = plan.services().stream().filter(s -> ids.contains(s.id())).toList();
        Set<String> copied = new HashSet<>();
        services.forEach(s -> copied.add(s.id()));
        List<Dependency> dependencies = plan.dependencies().stream()
                .filter(d -> copied.contains(d.from()) && copied.contains(d.to()))
                .toList();
        return new ServiceClipboard(services, dependencies);
    }

    public boolean isEmpty() {
        return services.isEmpty();
    }

    /**
     * Adds the copies to {@code plan}, moved by {@link #PASTE_OFFSET} right and down. A copy keeps its
     * id when the plan does not use it (paste after cut); otherwise it gets the first free
     * {@code id-2}, {@code id-3}, … and "copy" after its name.
     */
    public Pasted pasteInto(Plan plan) {
        Set<String> taken = new HashSet<>();
        plan.services().forEach(s -> taken.add(s.id()));
        Map<String, String> newIds = new HashMap<>();
        List<Service> pasted = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Service original : services) {
            String id = freeId(original.id(), taken);
            taken.add(id);
            newIds.put(original.id(), id);
            ids.add(id);
            // A copy lands beside the original, a place nobody chose to pin it to.
            Service.Builder copy = original.toBuilder().id(id)
                    .position(original.position().plus(PASTE_OFFSET, PASTE_OFFSET)).pinned(false);
            if (!id.equals(original.id())) {
                copy.name(original.name() + " copy");
            }
            pasted.add(copy.build());
        }
        List<Dependency> links = dependencies.stream()
                .map(d -> new Dependency(newIds.get(d.from()), newIds.get(d.to()), d.type()))
                .toList();
        return new Pasted(plan.withServices(pasted).withDependencies(links), List.copyOf(ids));
    }

    private static String freeId(String id, Set<String> taken) {
        if (!taken.contains(id)) {
            return id;
        }
        // Keep room for the suffix inside the 100-character id limit.
        String base = id.length() > 90 ? id.substring(0, 90) : id;
        int n = 2;
        while (taken.contains(base + "-" + n)) {
            n++;
        }
        return base + "-" + n;
    }
}
