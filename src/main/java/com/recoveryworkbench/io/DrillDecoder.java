package com.recoveryworkbench.io;

import static com.recoveryworkbench.io.ObjectReader.OPTIONAL;
import static com.recoveryworkbench.io.ObjectReader.REQUIRED;

import com.recoveryworkbench.model.ClaimedRecovery;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.RecoveryStrategy;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code drills} of a plan file against the services the file has, reporting every problem
 * with its place: a bad or future date, an unknown scenario or service, a measured time that is zero
 * or missing where the outcome needs one. One instance per read.
 */
final class DrillDecoder {
    private static final Set<String> KEYS = Set.of("id", "date", "name", "scenario", "notes", "results");
    private static final Set<String> RESULT_KEYS = Set.of("service", "measured", "dataLoss", "outcome", "planned",
            "notes");
    private static final Set<String> PLANNED_KEYS = Set.of("restoreTime", "strategy", "dependsOn");
    private static final String DATE = "a date such as \"2026-10-03\"";
    private static final KnownCodes<DrillOutcome> OUTCOMES =
            KnownCodes.of(DrillOutcome.values(), DrillOutcome::code, DrillOutcome::fromCode);
    private static final KnownCodes<RecoveryStrategy> STRATEGIES =
            KnownCodes.of(RecoveryStrategy.values(), RecoveryStrategy::code, RecoveryStrategy::fromCode);

    private final Problems problems;
    private final Plan plan;
    private final Set<String> scenarioIds;
    private final LocalDate latestDate;
    /** Today's claim per service, worked out once: a drill log holds many results per service. */
    private final Map<String, ClaimedRecovery> claimsToday = new HashMap<>();

    /**
     * @param plan        the services and dependencies read so far: results must name its services, and
     *                    a result without {@code planned} claimed what this plan claims (the writer leaves
     *                    it out when the two are equal)
     * @param scenarioIds the scenarios a drill may name
     * @param latestDate  the last date a drill may have, or {@code null} for no limit
     */
    DrillDecoder(Problems problems, Plan plan, Set<String> scenarioIds, LocalDate latestDate) {
        this.problems = problems;
        this.plan = plan;
        this.scenarioIds = scenarioIds;
        this.latestDate = latestDate;
    }

    /** The valid drills; the others are reported. */
    List<Drill> decode(List<ObjectReader> entries) {
        Map<String, ObjectReader> seen = new HashMap<>();
        List<Drill> drills = new ArrayList<>();
        for (ObjectReader entry : entries) {
            int errorsBefore = problems.errorCount();
            entry.warnUnknownKeys(KEYS);
            String id = entry.id("id");
            ObjectReader first = id == null ? null : seen.putIfAbsent(id, entry);
            if (first != null) {
                entry.problem("id", "duplicate drill id \"" + id + "\"; the first is " + first.describePlace());
            }
            LocalDate date = date(entry);
            String name = entry.string("name", OPTIONAL);
            String scenario = scenario(entry);
            String notes = entry.string("notes", OPTIONAL);
            List<DrillResult> results = results(entry.objects("results"));
            if (problems.errorCount() == errorsBefore) {
                drills.add(new Drill(id, date, name, scenario, notes, results));
            }
        }
        return drills;
    }

    private LocalDate date(ObjectReader entry) {
        String text = entry.string("date", REQUIRED, DATE);
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            entry.problem("date", "expected " + DATE + ", found " + entry.found("date"));
            return null;
        }
        if (latestDate != null && date.isAfter(latestDate)) {
            entry.problem("date", "the drill is dated " + date + ", after " + latestDate
                    + ", the date the plan is checked as of; a drill cannot have happened yet");
        }
        return date;
    }

    private String scenario(ObjectReader entry) {
        String scenario = entry.string("scenario", OPTIONAL);
        if (scenario != null && !scenarioIds.contains(scenario)) {
            entry.problem("scenario", "\"" + scenario + "\" is not a scenario of this plan; known: "
                    + String.join(", ", scenarioIds.stream().sorted().toList()));
        }
        return scenario;
    }

    private List<DrillResult> results(List<ObjectReader> entries) {
        Map<String, ObjectReader> seen = new HashMap<>();
        List<DrillResult> results = new ArrayList<>();
        for (ObjectReader result : entries) {
            int errorsBefore = problems.errorCount();
            result.warnUnknownKeys(RESULT_KEYS);
            String service = result.string("service", REQUIRED);
            if (service != null && !plan.hasService(service)) {
                result.problem("service", "\"" + service + "\" is not a service in this plan");
            } else if (service != null && seen.putIfAbsent(service, result) != null) {
                result.problem("service", "the drill has a result for \"" + service + "\" already, at "
                        + seen.get(service).describePlace());
            }
            DrillOutcome outcome = result.code("outcome", REQUIRED, OUTCOMES);
            Duration measured = measured(result, outcome);
            Duration dataLoss = result.duration("dataLoss", OPTIONAL);
            ObjectReader planned = result.child("planned");
            ClaimedRecovery claimed = planned != null ? claimed(planned)
                    : service == null ? null : claimsToday.computeIfAbsent(service, id -> ClaimedRecovery.of(plan, id));
            String notes = result.string("notes", OPTIONAL);
            if (problems.errorCount() == errorsBefore) {
                results.add(new DrillResult(service, measured, dataLoss, outcome, claimed, notes));
            }
        }
        return results;
    }

    private static Duration measured(ObjectReader result, DrillOutcome outcome) {
        Duration measured = result.duration("measured", OPTIONAL);
        if (measured != null && measured.isZero()) {
            result.problem("measured", "expected a measured time of more than zero, found " + result.found("measured"));
        } else if (measured == null && !result.has("measured") && outcome != null && outcome != DrillOutcome.FAILED) {
            result.problem("measured", "a " + outcome.code() + " result needs its measured time, such as \"PT55M\";"
                    + " only a failed one may leave it out");
        }
        return measured;
    }

    private ClaimedRecovery claimed(ObjectReader planned) {
        planned.warnUnknownKeys(PLANNED_KEYS);
        Duration restoreTime = planned.duration("restoreTime", OPTIONAL);
        RecoveryStrategy strategy = planned.code("strategy", OPTIONAL, STRATEGIES);
        List<String> dependsOn = planned.strings("dependsOn").stream().map(ObjectReader.LocatedText::value).toList();
        return new ClaimedRecovery(restoreTime, strategy, dependsOn);
    }
}
