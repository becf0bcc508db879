package com.recoveryworkbench.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * {@code from} depends on {@code to}. Identified by the pair (from, to): a plan holds at most one
 * dependency between two services.
 */
public record Dependency(String from, String to, DependencyType type) {

    /** Files and lists keep dependencies in this order, so diffs stay small. */
    public static final Comparator<Dependency> ORDER =
            Comparator.comparing(Dependency::from).thenComparing(Dependency::to);

    public Dependency {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(type, "type");
    }

    public static Dependency hard(String from, String to) {
        return new Dependency(from, to, DependencyType.HARD);
    }

    public static Dependency soft(String from, String to) {
        return new Dependency(from, to, DependencyType.SOFT);
    }

    public boolean isHard() {
        return type == DependencyType.HARD;
    }

    public Dependency withType(DependencyType newType) {
        return new Dependency(from, to, newType);
    }
}
