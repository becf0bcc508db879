package com.recoveryworkbench.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ordered steps that bring a plan file of any schema version this program still reads up to the
 * current one. Immutable and thread-safe.
 */
final class MigrationChain {
    private final int currentVersion;
    private final List<Migration> steps;

    /**
     * @param steps one step from each version between the oldest readable one and {@code currentVersion};
     *              any order
     * @throws IllegalArgumentException when a version is missing, doubled, or below 1
     */
    MigrationChain(int currentVersion, List<Migration> steps) {
        List<Migration> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparingInt(Migration::from));
        int oldest = currentVersion - sorted.size();
        if (oldest < 1) {
            throw new IllegalArgumentException("schema versions start at 1; " + sorted.size()
                    + " steps cannot lead to version " + currentVersion);
        }
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).from() != oldest + i) {
                throw new IllegalArgumentException("migration steps must go from each version " + oldest + " to "
                        + (currentVersion - 1) + " exactly once, found a step from " + sorted.get(i).from());
            }
        }
        this.currentVersion = currentVersion;
        this.steps = List.copyOf(sorted);
    }

    /** The migrations of this program; add the step from version n here when version n + 1 is introduced. */
    static MigrationChain standard() {
        return new MigrationChain(PlanFormat.SCHEMA_VERSION, List.of(new ScenariosMigration()));
    }

    int currentVersion() {
        return currentVersion;
    }

    int oldestVersion() {
        return currentVersion - steps.size();
    }

    /**
     * Applies, in order, every step from {@code version} on, and sets {@code schemaVersion} after each.
     *
     * @param version between {@link #oldestVersion()} and {@link #currentVersion()}
     */
    JsonObject upgrade(JsonObject plan, int version) {
        if (version < oldestVersion() || version > currentVersion) {
            throw new IllegalArgumentException("cannot migrate from schema version " + version);
        }
        JsonObject upgraded = plan;
        for (int v = version; v < currentVersion; v++) {
            upgraded = steps.get(v - oldestVersion()).apply(upgraded);
            SourceLocation at = upgraded.get("schemaVersion").at();
            upgraded = upgraded.with("schemaVersion", new JsonValue.Numeric(Integer.toString(v + 1), at));
        }
        return upgraded;
    }
}
