package com.recoveryworkbench.io;

import static com.recoveryworkbench.io.ObjectReader.OPTIONAL;
import static com.recoveryworkbench.io.ObjectReader.REQUIRED;

import com.recoveryworkbench.model.Ids;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code scenarios} list, reporting every problem in it. A scenario may name a service or a
 * region the plan does not have: that is kept (the service may still be drawn) and warned about,
 * since it is usually a typo. One instance per read.
 */
final class ScenarioDecoder {
    private static final Set<String> KEYS = Set.of("id", "name", "description", "regions", "services",
            "dataCorruption", "declarationDelay");
    /** What the built-in total scenario may not set: it always loses everything, at the plan's pace. */
    private static final List<String> FIXED_IN_TOTAL = List.of("regions", "services", "dataCorruption",
            "declarationDelay");

    private final Problems problems;
    private final Set<String> serviceIds;
    private final Set<String> regions = new HashSet<>();

    ScenarioDecoder(Problems problems, Collection<Service> services) {
        this.problems = problems;
        this.serviceIds = new HashSet<>();
        for (Service s : services) {
            serviceIds.add(s.id());
            regions.add(s.region());
            regions.add(s.standbyRegion());
        }
    }

    List<Scenario> decode(List<ObjectReader> entries) {
        Map<String, ObjectReader> seen = new HashMap<>();
        List<Scenario> scenarios = new ArrayList<>();
        for (ObjectReader entry : entries) {
            int errorsBefore = problems.errorCount();
            entry.warnUnknownKeys(KEYS);
            String id = entry.id("id");
            if (id != null) {
                ObjectReader first = seen.putIfAbsent(id, entry);
                if (first != null) {
                    entry.problem("id", "duplicate scenario id \"" + id + "\"; the first is " + first.describePlace());
                }
            }
            String name = entry.string("name", REQUIRED);
            String description = entry.string("description", OPTIONAL);
            List<String> lostRegions = regions(entry);
            List<String> lostServices = services(entry);
            Boolean corruption = entry.bool("dataCorruption", OPTIONAL);
            Duration delay = entry.duration("declarationDelay", OPTIONAL);
            if (Scenario.TOTAL_ID.equals(id)) {
                rejectChangesToTotal(entry);
            }
            if (problems.errorCount() == errorsBefore) {
                scenarios.add(new Scenario(id, name, description, lostRegions, lostServices,
                        Boolean.TRUE.equals(corruption), delay));
            }
        }
        return scenarios;
    }

    private List<String> regions(ObjectReader entry) {
        List<String> values = new ArrayList<>();
        for (ObjectReader.LocatedText region : entry.strings("regions")) {
            if (!regions.contains(region.value().strip())) {
                problems.warn(region.at(), region.path(), "no service runs in region \"" + region.value()
                        + "\"; the scenario keeps it");
            }
            values.add(region.value());
        }
        return values;
    }

    private List<String> services(ObjectReader entry) {
        List<String> values = new ArrayList<>();
        for (ObjectReader.LocatedText service : entry.strings("services")) {
            if (!Ids.isValid(service.value())) {
                problems.error(service.at(), service.path(), "expected a service id, found \"" + service.value()
                        + "\"");
            } else if (!serviceIds.contains(service.value())) {
                problems.warn(service.at(), service.path(), "\"" + service.value()
                        + "\" is not a service in this plan; the scenario keeps it");
            }
            values.add(service.value());
        }
        return values;
    }

    private static void rejectChangesToTotal(ObjectReader entry) {
        for (String key : FIXED_IN_TOTAL) {
            if (entry.has(key)) {
                entry.problem(key, "the built-in scenario \"" + Scenario.TOTAL_ID
                        + "\" loses everything at the plan's declaration delay; only its name and description can be set");
            }
        }
    }
}
