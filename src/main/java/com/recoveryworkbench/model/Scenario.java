package com.recoveryworkbench.model;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A named disruption the plan is checked against: the regions and the services it takes out,
 * whether it also corrupts data (ransomware, a bad write replicated everywhere), and how long it
 * takes to declare, when that differs from the plan's declaration delay. Immutable and safe to share.
 *
 * <p>{@code regions} and {@code services} are sorted and free of duplicates; {@code description} is
 * never {@code null} (empty when not set); {@code declarationDelay} is {@code null} when the plan's
 * applies. A service id may name a service the plan does not have (yet): it then takes nothing out.
 *
 * <p>The scenario with the id {@value #TOTAL_ID} is built in: everything is lost at once, as in a
 * plan without scenarios. Every plan has it ({@link Plan#scenarios()}); a person may rename it and
 * describe it, nothing else, so it always gives the analysis of the whole plan. It is stored in a
 * plan file only when it differs from {@link #TOTAL}.
 */
public record Scenario(String id, String name, String description, List<String> regions, List<String> services,
                       boolean dataCorruption, Duration declarationDelay) {

    /** The id of the built-in scenario in which everything is lost. */
    public static final String TOTAL_ID = "total";
    /** The built-in scenario as a new plan has it. */
    public static final Scenario TOTAL = new Scenario(TOTAL_ID, "Everything lost", "", List.of(), List.of(), false,
            null);

    public Scenario {
        Ids.requireValid(id, "scenario id");
        name = name == null || name.isBlank() ? id : name.strip();
        description = description == null ? "" : description;
        regions = sortedDistinct(regions, "region");
        services = sortedDistinct(services, "service id");
        Durations.requireValid(declarationDelay, "declaration delay");
        if (id.equals(TOTAL_ID) && (!regions.isEmpty() || !services.isEmpty() || dataCorruption
                || declarationDelay != null)) {
            throw new IllegalArgumentException("the built-in scenario '" + TOTAL_ID
                    + "' loses everything; only its name and description can change");
        }
    }

    /** A scenario that takes out what is named and corrupts no data; the plan's declaration delay applies. */
    public static Scenario losing(String id, String name, Collection<String> regions, Collection<String> services) {
        return new Scenario(id, name, "", List.copyOf(regions), List.copyOf(services), false, null);
    }

    private static List<String> sortedDistinct(List<String> values, String what) {
        TreeSet<String> sorted = new TreeSet<>();
        for (String value : Objects.requireNonNull(values, what + "s")) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("a scenario's " + what + " must not be empty");
            }
            sorted.add(value.strip());
        }
        return List.copyOf(sorted);
    }

    /** Whether this is the built-in scenario in which everything is lost. */
    public boolean isTotal() {
        return id.equals(TOTAL_ID);
    }

    /** Whether this scenario takes out {@code service} itself: everything in {@link #isTotal()}, else by region or id. */
    public boolean hits(Service service) {
        return isTotal() || regions.contains(service.region()) || services.contains(service.id());
    }

    /** Whether {@code region} is lost; in the total scenario every region is, even an empty one. */
    public boolean losesRegion(String region) {
        return isTotal() || regions.contains(region);
    }

    /** The declaration delay that applies: this scenario's own, else {@code planDelay}. */
    public Duration declarationDelayOr(Duration planDelay) {
        return declarationDelay != null ? declarationDelay : planDelay;
    }

    public Scenario withId(String newId) {
        return new Scenario(newId, name, description, regions, services, dataCorruption, declarationDelay);
    }

    public Scenario withName(String newName) {
        return new Scenario(id, newName, description, regions, services, dataCorruption, declarationDelay);
    }

    public Scenario withDescription(String newDescription) {
        return new Scenario(id, name, newDescription, regions, services, dataCorruption, declarationDelay);
    }

    public Scenario withRegions(Collection<String> newRegions) {
        return new Scenario(id, name, description, List.copyOf(newRegions), services, dataCorruption,
                declarationDelay);
    }

    public Scenario withServices(Collection<String> newServices) {
        return new Scenario(id, name, description, regions, List.copyOf(newServices), dataCorruption,
                declarationDelay);
    }

    public Scenario withDataCorruption(boolean corrupts) {
        return new Scenario(id, name, description, regions, services, corrupts, declarationDelay);
    }

    /** @param delay {@code null} to follow the plan's declaration delay */
    public Scenario withDeclarationDelay(Duration delay) {
        return new Scenario(id, name, description, regions, services, dataCorruption, delay);
    }
}
