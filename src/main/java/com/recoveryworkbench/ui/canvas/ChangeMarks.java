package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.Service;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What "Compare with…" found between the plan on the canvas and another one: the ids of services new
 * in this plan and of services changed in it, and the services the other plan had that this one has
 * not, drawn as ghosts at their old positions (never hit: they are not in the plan). Immutable; the
 * collections are copied.
 */
public record ChangeMarks(Set<String> added, Set<String> changed, List<Service> removed) {
    public ChangeMarks {
        added = Set.copyOf(Objects.requireNonNull(added, "added"));
        changed = Set.copyOf(Objects.requireNonNull(changed, "changed"));
        removed = List.copyOf(Objects.requireNonNull(removed, "removed"));
    }

    /** Nothing marked. */
    public static final ChangeMarks NONE = new ChangeMarks(Set.of(), Set.of(), List.of());
}
