package com.recoveryworkbench.model;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which groups of the map are folded, each into one card: a view setting saved with the plan's layout,
 * which no analysis reads. Regions, owners and named groups are kept apart, because the map groups by one
 * kind at a time and a team, a region and a named group may share a name. A folded name that no service
 * has is kept (a service may be moved back into it). Immutable; names sorted, without duplicates or blanks.
 *
 * @param regions the folded regions
 * @param owners  the folded owner teams
 * @param groups  the folded named groups ({@link Service#group()})
 */
public record FoldedGroups(SortedSet<String> regions, SortedSet<String> owners, SortedSet<String> groups) {
    /** Nothing folded. */
    public static final FoldedGroups NONE = new FoldedGroups(new TreeSet<>(), new TreeSet<>(), new TreeSet<>());

    public FoldedGroups {
        regions = names(regions, "regions");
        owners = names(owners, "owners");
        groups = names(groups, "groups");
    }

    /** Folded regions and owners, and no named group. */
    public FoldedGroups(SortedSet<String> regions, SortedSet<String> owners) {
        this(regions, owners, new TreeSet<>());
    }

    private static SortedSet<String> names(Collection<String> names, String what) {
        TreeSet<String> copy = new TreeSet<>();
        for (String name : Objects.requireNonNull(names, what)) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a folded group needs a name");
            }
            copy.add(name.strip());
        }
        return Collections.unmodifiableSortedSet(copy);
    }

    /** Whether nothing is folded. */
    public boolean isEmpty() {
        return regions.isEmpty() && owners.isEmpty() && groups.isEmpty();
    }

    /** The folded groups of {@code kind}. */
    public SortedSet<String> of(GroupKind kind) {
        return switch (kind) {
            case REGION -> regions;
            case OWNER -> owners;
            case GROUP -> groups;
        };
    }

    /** Whether the group {@code name} of {@code kind} is folded. */
    public boolean isFolded(GroupKind kind, String name) {
        return of(kind).contains(name);
    }

    /** These folds with exactly {@code names} folded for {@code kind}; the other kinds' unchanged. */
    public FoldedGroups with(GroupKind kind, Collection<String> names) {
        TreeSet<String> copy = new TreeSet<>(names);
        return switch (kind) {
            case REGION -> new FoldedGroups(copy, owners, groups);
            case OWNER -> new FoldedGroups(regions, copy, groups);
            case GROUP -> new FoldedGroups(regions, owners, copy);
        };
    }

    /** These folds with group {@code name} of {@code kind} folded ({@code folded}) or unfolded. */
    public FoldedGroups with(GroupKind kind, String name, boolean folded) {
        TreeSet<String> names = new TreeSet<>(of(kind));
        if (folded) {
            names.add(name);
        } else {
            names.remove(name);
        }
        return with(kind, names);
    }
}
