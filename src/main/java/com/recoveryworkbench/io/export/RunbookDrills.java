package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.drill.Evidence;
import com.recoveryworkbench.analysis.drill.EvidenceIndex;
import com.recoveryworkbench.analysis.drill.MeasuredAction;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the drill log adds to a runbook: beside each step's planned time, what the service's latest
 * drill measured ("measured 55m on 2026-10-03", "never drilled"), and the history of the drills with
 * their outcomes and lessons. Stateless; the same plan gives the same words.
 */
final class RunbookDrills {
    private RunbookDrills() {
    }

    /**
     * One drill of the log as the runbook lists it.
     *
     * @param scenario the name of the scenario it exercised (its id when the plan no longer has it)
     * @param outcomes how many services came out how: "3 recovered · 1 failed"; "no results" when none
     * @param notes    the drill's own notes, stripped; empty when none
     * @param lessons  the notes of its results, one per service that has some: "Legacy DB: tape was slow"
     */
    record Entry(LocalDate date, String name, String scenario, String outcomes, String notes, List<String> lessons) {
        Entry {
            lessons = List.copyOf(lessons);
        }
    }

    /**
     * The latest drill result of a step's service for the step's action in words: "measured 55m on
     * 2026-10-03", with the outcome after a comma when it did not recover ("…, partial"), "failed on
     * 2026-10-03, not timed" when the drill measured nothing, and "never drilled" when no drill covered
     * the service; "failover never drilled" (or "restore never drilled") when drills timed only the
     * other action, since a measured restore says nothing about a failover.
     */
    static String lastDrill(EvidenceIndex evidence, String serviceId, MeasuredAction action) {
        Evidence latest = evidence.latest(serviceId, action).orElse(null);
        if (latest == null) {
            return evidence.latest(serviceId).isPresent() ? action.word() + " never drilled" : "never drilled";
        }
        return lastDrill(latest);
    }

    private static String lastDrill(Evidence evidence) {
        String outcome = evidence.outcome().code();
        if (evidence.measured() == null) {
            return outcome + " on " + evidence.date() + ", not timed";
        }
        return "measured " + Durations.format(evidence.measured()) + " on " + evidence.date()
                + (evidence.result().recovered() ? "" : ", " + outcome);
    }

    /** The plan's drills in the log's order (by date, then id); empty when it has none. */
    static List<Entry> history(Plan plan) {
        List<Entry> entries = new ArrayList<>(plan.drills().size());
        for (Drill drill : plan.drills()) {
            List<String> lessons = drill.results().stream().filter(r -> !r.notes().isBlank())
                    .map(r -> Runbook.nameOf(plan, r.service()) + ": " + r.notes().strip()).toList();
            String scenario = plan.scenario(drill.scenario()).map(Scenario::name).orElse(drill.scenario());
            entries.add(new Entry(drill.date(), drill.name(), scenario, outcomes(drill), drill.notes().strip(),
                    lessons));
        }
        return List.copyOf(entries);
    }

    /** How many of a drill's services came out how, in the outcomes' order: "2 recovered · 1 failed"; "no results". */
    static String outcomes(Drill drill) {
        Map<DrillOutcome, Integer> counts = new EnumMap<>(DrillOutcome.class);
        for (DrillResult result : drill.results()) {
            counts.merge(result.outcome(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((outcome, n) -> parts.add(n + " " + outcome.code()));
        return parts.isEmpty() ? "no results" : String.join(" · ", parts);
    }
}
