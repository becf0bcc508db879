package com.recoveryworkbench.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One restore test the team ran, and what it measured per service. Immutable.
 *
 * <p>{@code name}, {@code notes} are never {@code null} ({@code name} falls back to the id);
 * {@code scenario} is the id of the scenario the drill exercised, {@value #DEFAULT_SCENARIO} unless
 * set. {@code results} are sorted by service id, one per service at most. A result may name a service
 * the plan does not have; the plan file refuses that, the analysis ignores it.
 */
public record Drill(String id, LocalDate date, String name, String scenario, String notes, List<DrillResult> results) {

    /** The scenario a drill exercised when nothing else is said: everything lost. */
    public static final String DEFAULT_SCENARIO = "total";
    /** The order of a plan's drill log: by date, then by id. */
    public static final Comparator<Drill> BY_DATE_THEN_ID = Comparator.comparing(Drill::date).thenComparing(Drill::id);

    public Drill {
        Ids.requireValid(id, "drill id");
        Objects.requireNonNull(date, "date");
        name = name == null || name.isBlank() ? id : name.strip();
        scenario = scenario == null || scenario.isBlank() ? DEFAULT_SCENARIO : Ids.requireValid(scenario.strip(),
                "scenario id");
        notes = notes == null ? "" : notes;
        results = sortedByService(results);
    }

    private static List<DrillResult> sortedByService(Collection<DrillResult> results) {
        TreeMap<String, DrillResult> byService = new TreeMap<>();
        for (DrillResult result : Objects.requireNonNull(results, "results")) {
            if (byService.put(Objects.requireNonNull(result, "result").service(), result) != null) {
                throw new IllegalArgumentException("a drill has one result per service; '" + result.service()
                        + "' has two");
            }
        }
        return List.copyOf(byService.values());
    }

    /** The result for a service; empty when the drill did not cover it. */
    public Optional<DrillResult> result(String serviceId) {
        return results.stream().filter(r -> r.service().equals(serviceId)).findFirst();
    }

    /** The same drill with {@code changed} results added or replaced by service. */
    public Drill withResults(Collection<DrillResult> changed) {
        TreeMap<String, DrillResult> byService = new TreeMap<>();
        results.forEach(r -> byService.put(r.service(), r));
        changed.forEach(r -> byService.put(r.service(), r));
        return new Drill(id, date, name, scenario, notes, new ArrayList<>(byService.values()));
    }

    Drill withoutResults(Predicate<DrillResult> gone) {
        return new Drill(id, date, name, scenario, notes, results.stream().filter(gone.negate()).toList());
    }

    Drill mapResults(UnaryOperator<DrillResult> change) {
        return new Drill(id, date, name, scenario, notes, results.stream().map(change).toList());
    }
}
