package com.recoveryworkbench.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One document: services, dependencies, tier policies and settings. Immutable and safe to share
 * between threads; every change returns a new plan. Services and tiers are kept sorted by id and
 * dependencies by (from, to), so iteration order, analysis and files are deterministic.
 *
 * <p>A dependency may name a service the plan does not have (a teammate's file, an import): the
 * plan keeps it and the analysis reports it. Duplicate ids are refused.
 *
 * <p>Scenarios are kept sorted by id too, and the built-in {@link Scenario#TOTAL} is always among
 * them: a plan given no scenario with its id gets the default one.
 *
 * <p>The drill log ({@link #drills()}) is kept sorted by date, then id. Removing or renaming a service
 * removes or renames its drill results (and its id in scenarios) too.
 */
public final class Plan {
    private final String name;
    private final String description;
    private final Settings settings;
    private final NavigableMap<String, TierPolicy> tiers;
    private final NavigableMap<String, Service> services;
    private final NavigableMap<String, Dependency> dependencies;
    private final NavigableMap<String, Scenario> scenarios;
    private final List<Drill> drills;
    private final FoldedGroups folded;

    /** A plan with only the built-in scenario. */
    public Plan(String name, String description, Settings settings, Collection<TierPolicy> tiers,
                Collection<Service> services, Collection<Dependency> dependencies) {
        this(name, description, settings, tiers, services, dependencies, List.of());
    }

    /** A plan without drills. @param scenarios any order; {@link Scenario#TOTAL} is added when none has its id */
    public Plan(String name, String description, Settings settings, Collection<TierPolicy> tiers,
                Collection<Service> services, Collection<Dependency> dependencies, Collection<Scenario> scenarios) {
        this(name, description, settings, tiers, services, dependencies, scenarios, List.of());
    }

    /**
     * @param scenarios any order; {@link Scenario#TOTAL} is added when none has its id
     * @param drills    any order; ids must be unique
     */
    public Plan(String name, String description, Settings settings, Collection<TierPolicy> tiers,
                Collection<Service> services, Collection<Dependency> dependencies, Collection<Scenario> scenarios,
                Collection<Drill> drills) {
        this.name = Objects.requireNonNull(name, "name").strip();
        this.description = description == null ? "" : description;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tiers = index(tiers, TierPolicy::id, "tier");
        this.services = index(services, Service::id, "service");
        this.dependencies = index(dependencies, Plan::key, "dependency");
        this.scenarios = withTotal(index(scenarios, Scenario::id, "scenario"));
        this.drills = drillLog(drills);
        this.folded = FoldedGroups.NONE;
    }

    private Plan(Settings settings, NavigableMap<String, TierPolicy> tiers, NavigableMap<String, Service> services,
                 NavigableMap<String, Dependency> dependencies, NavigableMap<String, Scenario> scenarios, List<Drill> drills,
                 String name, String description, FoldedGroups folded) {
        this.name = name;
        this.description = description;
        this.settings = settings;
        this.tiers = tiers;
        this.services = services;
        this.dependencies = dependencies;
        this.scenarios = scenarios;
        this.drills = drills;
        this.folded = folded;
    }

    private static List<Drill> drillLog(Collection<Drill> drills) {
        List<Drill> sorted = new ArrayList<>(index(drills, Drill::id, "drill").values());
        sorted.sort(Drill.BY_DATE_THEN_ID);
        return List.copyOf(sorted);
    }

    private static NavigableMap<String, Scenario> withTotal(NavigableMap<String, Scenario> scenarios) {
        if (scenarios.containsKey(Scenario.TOTAL_ID)) {
            return scenarios;
        }
        TreeMap<String, Scenario> copy = new TreeMap<>(scenarios);
        copy.put(Scenario.TOTAL_ID, Scenario.TOTAL);
        return Collections.unmodifiableNavigableMap(copy);
    }

    /** A plan with the default tiers and nothing else. */
    public static Plan empty(String name) {
        return new Plan(name, "", Settings.DEFAULT, TierPolicy.defaults(), List.of(), List.of());
    }

    private static <T> NavigableMap<String, T> index(Collection<T> items, java.util.function.Function<T, String> key,
                                            String what) {
        TreeMap<String, T> map = new TreeMap<>();
        for (T item : items) {
            T previous = map.put(key.apply(Objects.requireNonNull(item, what)), item);
            if (previous != null) {
                throw new IllegalArgumentException("duplicate " + what + " id '" + key.apply(item) + "'");
            }
        }
        return Collections.unmodifiableNavigableMap(map);
    }

    private static String key(Dependency d) {
        return key(d.from(), d.to());
    }

    private static String key(String from, String to) {
        // '\n' cannot occur in an id, so the pair maps to one key and sorts by (from, to).
        return from + "\n" + to;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Settings settings() {
        return settings;
    }

    /** Tier policies, sorted by id. */
    public List<TierPolicy> tiers() {
        return List.copyOf(tiers.values());
    }

    public Optional<TierPolicy> tier(String id) {
        return Optional.ofNullable(tiers.get(id));
    }

    /** Services, sorted by id. */
    public List<Service> services() {
        return List.copyOf(services.values());
    }

    public Optional<Service> service(String id) {
        return Optional.ofNullable(services.get(id));
    }

    public boolean hasService(String id) {
        return services.containsKey(id);
    }

    public int serviceCount() {
        return services.size();
    }

    /** Dependencies, sorted by (from, to). */
    public List<Dependency> dependencies() {
        return List.copyOf(dependencies.values());
    }

    public Optional<Dependency> dependency(String from, String to) {
        return Optional.ofNullable(dependencies.get(key(from, to)));
    }

    /** The dependencies of {@code id} (where it is {@code from}), sorted by {@code to}. */
    public List<Dependency> dependenciesOf(String id) {
        return List.copyOf(dependencies.subMap(id + "\n", id + "\n\uffff").values());
    }

    /** An id no service uses: the smallest {@code base}, {@code base-2}, {@code base-3}, … */
    public String freeServiceId(String base) {
        String candidate = base;
        for (int n = 2; services.containsKey(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    public Plan withName(String newName) {
        return new Plan(settings, tiers, services, dependencies, scenarios, drills, Objects.requireNonNull(newName).strip(),
                description, folded);
    }

    public Plan withDescription(String newDescription) {
        return new Plan(settings, tiers, services, dependencies, scenarios, drills, name,
                newDescription == null ? "" : newDescription, folded);
    }

    public Plan withSettings(Settings newSettings) {
        return new Plan(Objects.requireNonNull(newSettings), tiers, services, dependencies, scenarios, drills, name,
                description, folded);
    }

    public Plan withTiers(Collection<TierPolicy> newTiers) {
        return new Plan(settings, index(newTiers, TierPolicy::id, "tier"), services, dependencies, scenarios, drills, name,
                description, folded);
    }

    /** Adds or replaces services by id. */
    public Plan withServices(Collection<Service> changed) {
        TreeMap<String, Service> copy = new TreeMap<>(services);
        changed.forEach(s -> copy.put(s.id(), s));
        return new Plan(settings, tiers, Collections.unmodifiableNavigableMap(copy), dependencies, scenarios, drills, name,
                description, folded);
    }

    public Plan withService(Service service) {
        return withServices(List.of(service));
    }

    /** Removes services and every dependency from or to them. */
    public Plan withoutServices(Collection<String> ids) {
        Set<String> gone = new HashSet<>(ids);
        TreeMap<String, Service> copy = new TreeMap<>(services);
        copy.keySet().removeAll(gone);
        TreeMap<String, Dependency> deps = new TreeMap<>(dependencies);
        deps.values().removeIf(d -> gone.contains(d.from()) || gone.contains(d.to()));
        List<Drill> log = drills.stream().map(d -> d.withoutResults(r -> gone.contains(r.service()))).toList();
        TreeMap<String, Scenario> remaining = new TreeMap<>(scenarios);
        remaining.replaceAll((id, scenario) -> scenario.services().stream().anyMatch(gone::contains)
                ? scenario.withServices(scenario.services().stream().filter(s -> !gone.contains(s)).toList())
                : scenario);
        return new Plan(settings, tiers, Collections.unmodifiableNavigableMap(copy), Collections.unmodifiableNavigableMap(deps),
                Collections.unmodifiableNavigableMap(remaining), log, name, description, folded);
    }

    /** Adds or replaces dependencies by their (from, to) pair. */
    public Plan withDependencies(Collection<Dependency> changed) {
        TreeMap<String, Dependency> deps = new TreeMap<>(dependencies);
        changed.forEach(d -> deps.put(key(d), d));
        return new Plan(settings, tiers, services, Collections.unmodifiableNavigableMap(deps), scenarios, drills, name,
                description, folded);
    }

    public Plan withDependency(Dependency dependency) {
        return withDependencies(List.of(dependency));
    }

    public Plan withoutDependencies(Collection<Dependency> removed) {
        TreeMap<String, Dependency> deps = new TreeMap<>(dependencies);
        removed.forEach(d -> deps.remove(key(d)));
        return new Plan(settings, tiers, services, Collections.unmodifiableNavigableMap(deps), scenarios, drills, name,
                description, folded);
    }

    /**
     * Renames a service id and every dependency that refers to it. Ids are stable in files, so the UI
     * only does this on request; a rename of the visible name is {@link Service.Builder#name}.
     */
    public Plan withServiceIdChanged(String oldId, String newId) {
        Service old = services.get(oldId);
        if (old == null || services.containsKey(newId)) {
            throw new IllegalArgumentException("cannot rename service '" + oldId + "' to '" + newId + "'");
        }
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : dependencies.values()) {
            deps.add(new Dependency(d.from().equals(oldId) ? newId : d.from(), d.to().equals(oldId) ? newId : d.to(),
                    d.type()));
        }
        TreeMap<String, Service> copy = new TreeMap<>(services);
        copy.remove(oldId);
        copy.put(newId, old.toBuilder().id(newId).build());
        List<Scenario> renamed = new ArrayList<>();
        for (Scenario s : scenarios.values()) {
            renamed.add(s.services().contains(oldId)
                    ? s.withServices(s.services().stream().map(id -> id.equals(oldId) ? newId : id).toList()) : s);
        }
        List<Drill> log = drills.stream().map(d -> d.mapResults(r -> (r.service().equals(oldId) ? r.withService(newId) : r)
                .withClaimed(r.claimed().withDependencyRenamed(oldId, newId)))).toList();
        return new Plan(name, description, settings, tiers.values(), copy.values(), deps, renamed, log)
                .withFolded(folded);
    }

    /** The drill log: every restore drill recorded, sorted by date, then id. */
    public List<Drill> drills() {
        return drills;
    }

    public Optional<Drill> drill(String id) {
        return drills.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Replaces the whole drill log. */
    public Plan withDrills(Collection<Drill> newDrills) {
        return new Plan(settings, tiers, services, dependencies, scenarios, drillLog(newDrills), name, description,
                folded);
    }

    /** Adds a drill, or replaces the one with its id. */
    public Plan withDrill(Drill drill) {
        List<Drill> log = new ArrayList<>(drills);
        log.removeIf(d -> d.id().equals(drill.id()));
        log.add(drill);
        return withDrills(log);
    }

    /** Scenarios sorted by id, the built-in {@link Scenario#TOTAL_ID} among them. */
    public List<Scenario> scenarios() {
        return List.copyOf(scenarios.values());
    }

    public Optional<Scenario> scenario(String id) {
        return Optional.ofNullable(scenarios.get(id));
    }

    /** The built-in scenario in which everything is lost, as this plan names it. */
    public Scenario totalScenario() {
        return scenarios.get(Scenario.TOTAL_ID);
    }

    /** Adds or replaces a scenario by id. */
    public Plan withScenario(Scenario scenario) {
        TreeMap<String, Scenario> copy = new TreeMap<>(scenarios);
        copy.put(scenario.id(), scenario);
        return new Plan(settings, tiers, services, dependencies, Collections.unmodifiableNavigableMap(copy), drills,
                name, description, folded);
    }

    /**
     * Removes a scenario; removing the built-in one gives it back its default name and description.
     *
     * @throws IllegalArgumentException when a drill of the log exercised scenario {@code id} (other than the
     *         built-in one): the drill would name a scenario the plan no longer has, so the file would not load.
     *         The message names the drills ("Drill Spring failover exercised this scenario").
     */
    public Plan withoutScenario(String id) {
        List<String> exercisedBy = Scenario.TOTAL_ID.equals(id) ? List.of()
                : drills.stream().filter(d -> d.scenario().equals(id)).map(Drill::name).toList();
        if (!exercisedBy.isEmpty()) {
            throw new IllegalArgumentException((exercisedBy.size() == 1 ? "Drill " : "Drills ")
                    + String.join(", ", exercisedBy) + " exercised this scenario");
        }
        TreeMap<String, Scenario> copy = new TreeMap<>(scenarios);
        copy.remove(id);
        return new Plan(settings, tiers, services, dependencies, withTotal(Collections.unmodifiableNavigableMap(copy)),
                drills, name, description, folded);
    }

    /** An id no scenario uses: the smallest {@code base}, {@code base-2}, {@code base-3}, … */
    public String freeScenarioId(String base) {
        String candidate = base;
        for (int n = 2; scenarios.containsKey(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /** Which groups the map folds: a view setting of the layout, which the analysis never reads. */
    public FoldedGroups folded() {
        return folded;
    }

    /** This plan with {@code newFolded} as its folded groups; nothing else changes. */
    public Plan withFolded(FoldedGroups newFolded) {
        return new Plan(settings, tiers, services, dependencies, scenarios, drills, name, description,
                Objects.requireNonNull(newFolded, "folded"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Plan p && name.equals(p.name) && description.equals(p.description)
                && settings.equals(p.settings) && tiers.equals(p.tiers) && services.equals(p.services)
                && dependencies.equals(p.dependencies) && scenarios.equals(p.scenarios)
                && drills.equals(p.drills) && folded.equals(p.folded);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, settings, tiers, services, dependencies, scenarios, drills, folded);
    }

    @Override
    public String toString() {
        return "Plan[" + name + ", " + services.size() + " services, " + dependencies.size() + " dependencies]";
    }
}
