package com.recoveryworkbench.io;

import static com.recoveryworkbench.io.ObjectReader.OPTIONAL;
import static com.recoveryworkbench.io.ObjectReader.REQUIRED;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.DependencyType;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.FoldedGroups;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns the JSON tree of a plan file of the current schema version into a {@link Plan}, reporting
 * every problem it finds rather than stopping at the first. One instance per read.
 */
final class PlanDecoder {
    private static final Set<String> KEYS = Set.of("format", "schemaVersion", "name", "description", "settings",
            "tiers", "services", "dependencies", "scenarios", "drills", "layout");
    private static final Set<String> SETTINGS_KEYS = Set.of("declarationDelay", "restoreCapacity", "currency",
            "horizon");
    private static final Set<String> TIER_KEYS = Set.of("id", "name", "rtoTarget", "rpoTarget", "drillCadence",
            "color", "downtimeCostPerHour");
    private static final Set<String> DEPENDENCY_KEYS = Set.of("from", "to", "type");
    private static final KnownCodes<DependencyType> TYPES =
            KnownCodes.of(DependencyType.values(), DependencyType::code, DependencyType::fromCode);
    private static final BigDecimal MAX_CAPACITY = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final Problems problems;
    private final LocalDate latestDrillDate;

    /** @param latestDrillDate the last date a drill may have, or {@code null} for no limit */
    PlanDecoder(Problems problems, LocalDate latestDrillDate) {
        this.problems = problems;
        this.latestDrillDate = latestDrillDate;
    }

    /** @return the plan, or {@code null} when the file has errors (all reported) */
    Plan decode(ObjectReader plan) {
        plan.warnUnknownKeys(KEYS);
        String name = plan.string("name", REQUIRED);
        String description = plan.string("description", OPTIONAL);
        Settings settings = settings(plan.child("settings"));
        List<TierPolicy> tiers = tiers(plan.objects("tiers"));
        Map<String, ObjectReader> serviceEntries = new HashMap<>();
        List<Service> services = services(plan.objects("services"), serviceEntries);
        List<Dependency> dependencies = dependencies(plan.objects("dependencies"), serviceEntries.keySet());
        List<Scenario> scenarios = new ScenarioDecoder(problems, services).decode(plan.objects("scenarios"));
        List<Drill> drills = drills(plan.objects("drills"), services, dependencies, scenarios);
        FoldedGroups folded = LayoutCodec.decode(plan.child("layout"), problems);
        if (problems.errorCount() > 0) {
            return null;
        }
        return new Plan(name, description, settings, tiers, services, dependencies, scenarios, drills)
                .withFolded(folded);
    }

    /** Drills are checked against the services, dependencies and scenarios read; a plan without drills skips the work. */
    private List<Drill> drills(List<ObjectReader> entries, List<Service> services, List<Dependency> dependencies,
                               List<Scenario> scenarios) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Plan claims = new Plan("", "", Settings.DEFAULT, List.of(), services, dependencies);
        Set<String> knownScenarios = new HashSet<>(scenarios.stream().map(Scenario::id).toList());
        knownScenarios.add(Drill.DEFAULT_SCENARIO);
        return new DrillDecoder(problems, claims, knownScenarios, latestDrillDate).decode(entries);
    }

    private Settings settings(ObjectReader settings) {
        if (settings == null) {
            return Settings.DEFAULT;
        }
        settings.warnUnknownKeys(SETTINGS_KEYS);
        Duration delay = settings.duration("declarationDelay", OPTIONAL);
        BigDecimal capacity = settings.wholeNumber("restoreCapacity", OPTIONAL);
        String currency = settings.string("currency", OPTIONAL);
        Duration horizon = settings.duration("horizon", OPTIONAL);
        if (horizon != null && horizon.isZero()) {
            settings.problem("horizon", "expected a duration longer than zero, found " + settings.found("horizon"));
            horizon = null;
        }
        if (capacity != null && (capacity.signum() < 0 || capacity.compareTo(MAX_CAPACITY) > 0)) {
            settings.problem("restoreCapacity", "expected 0 (unlimited) or how many restores may run at once, found "
                    + settings.found("restoreCapacity"));
            return Settings.DEFAULT;
        }
        return new Settings(delay == null ? Duration.ZERO : delay,
                capacity == null ? Settings.UNLIMITED : capacity.intValue(), currency, horizon);
    }

    private List<TierPolicy> tiers(List<ObjectReader> entries) {
        Map<String, ObjectReader> seen = new HashMap<>();
        List<TierPolicy> tiers = new ArrayList<>();
        for (ObjectReader tier : entries) {
            int errorsBefore = problems.errorCount();
            tier.warnUnknownKeys(TIER_KEYS);
            String id = tier.id("id");
            rejectDuplicate(seen, id, tier, "id", () -> "tier id \"" + id + "\"");
            String name = tier.string("name", REQUIRED);
            Duration rto = tier.duration("rtoTarget", REQUIRED);
            Duration rpo = tier.duration("rpoTarget", REQUIRED);
            Duration drillCadence = tier.duration("drillCadence", OPTIONAL);
            String color = tier.color("color", REQUIRED);
            BigDecimal downtimeCost = tier.downtimeRate("downtimeCostPerHour");
            if (problems.errorCount() == errorsBefore) {
                tiers.add(new TierPolicy(id, name, rto, rpo, drillCadence, color, downtimeCost));
            }
        }
        return tiers;
    }

    /** @param seen filled with the entry of every valid service id, for the dependency checks */
    private List<Service> services(List<ObjectReader> entries, Map<String, ObjectReader> seen) {
        ServiceDecoder decoder = new ServiceDecoder(problems);
        List<Service> services = new ArrayList<>();
        for (ObjectReader entry : entries) {
            String id = entry.id("id");
            boolean unique = rejectDuplicate(seen, id, entry, "id", () -> "service id \"" + id + "\"");
            Service service = decoder.decode(entry, unique ? id : null);
            if (service != null) {
                services.add(service);
            }
        }
        return services;
    }

    private List<Dependency> dependencies(List<ObjectReader> entries, Set<String> serviceIds) {
        Map<String, ObjectReader> seen = new HashMap<>();
        List<Dependency> dependencies = new ArrayList<>();
        for (ObjectReader dependency : entries) {
            int errorsBefore = problems.errorCount();
            dependency.warnUnknownKeys(DEPENDENCY_KEYS);
            String from = dependency.string("from", REQUIRED);
            String to = dependency.string("to", REQUIRED);
            DependencyType type = dependency.code("type", OPTIONAL, TYPES);
            if (from == null || to == null) {
                continue;
            }
            // '\n' cannot occur in an id, so the pair maps to one key.
            rejectDuplicate(seen, from + "\n" + to, dependency, null, () -> "dependency " + from + " -> " + to);
            warnIfNoSuchService(dependency, "from", from, serviceIds);
            warnIfNoSuchService(dependency, "to", to, serviceIds);
            if (problems.errorCount() == errorsBefore) {
                dependencies.add(new Dependency(from, to, type == null ? DependencyType.HARD : type));
            }
        }
        return dependencies;
    }

    private static void warnIfNoSuchService(ObjectReader dependency, String key, String id, Set<String> serviceIds) {
        if (!serviceIds.contains(id)) {
            dependency.warning(key, "\"" + id + "\" is not a service in this plan; the dependency is kept and"
                    + " the analysis reports it");
        }
    }

    /**
     * Reports {@code entry} if an earlier entry had the same key, at its field {@code field} (or at the
     * entry when {@code null}), naming where the first one is.
     *
     * @param what   names the entry in the message; worded only for a duplicate
     * @return whether {@code key} is new (a {@code null} key, already reported, is not)
     */
    private static boolean rejectDuplicate(Map<String, ObjectReader> seen, String key, ObjectReader entry,
                                           String field, Supplier<String> what) {
        if (key == null) {
            return false;
        }
        ObjectReader first = seen.putIfAbsent(key, entry);
        if (first != null) {
            String message = "duplicate " + what.get() + "; the first is " + first.describePlace();
            if (field == null) {
                entry.problem(message);
            } else {
                entry.problem(field, message);
            }
            return false;
        }
        return true;
    }
}
