package com.recoveryworkbench.ui.scenarios;

import com.recoveryworkbench.model.Ids;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import java.util.List;
import java.util.TreeSet;

/**
 * The changes the scenarios tab and the map's "What if this is lost?" make to a plan, as pure
 * functions that give the new plan and the new scenario's id. Each is applied as one undoable step.
 */
public final class ScenarioEdits {
    /** A plan with a scenario added to it, and that scenario's id (to select or switch to it). */
    public record Added(Plan plan, String id) {
    }

    private ScenarioEdits() {
    }

    /** A new scenario that loses nothing yet, named "New scenario", with the first free id {@code scenario}, {@code scenario-2}… */
    public static Added add(Plan plan) {
        String id = plan.freeScenarioId("scenario");
        return added(plan, Scenario.losing(id, "New scenario", List.of(), List.of()));
    }

    /**
     * A copy of scenario {@code id} named "… (copy)". The total scenario cannot lose anything by name,
     * so its copy loses every service of the plan by id: the same results, and a start to take some out.
     */
    public static Added duplicate(Plan plan, String id) {
        Scenario original = plan.scenario(id).orElseThrow(() -> new IllegalArgumentException("no scenario " + id));
        String copyId = plan.freeScenarioId(id + "-copy");
        Scenario copy = original.isTotal()
                ? Scenario.losing(copyId, original.name(), List.of(), plan.services().stream().map(Service::id).toList())
                        .withDescription(original.description())
                : original.withId(copyId);
        return added(plan, copy.withName(original.name() + " (copy)"));
    }

    /** The plan without scenario {@code id}; the total scenario cannot be deleted, nor one a drill exercised. */
    public static Plan delete(Plan plan, String id) {
        if (Scenario.TOTAL_ID.equals(id)) {
            throw new IllegalArgumentException("the scenario in which everything is lost is built in and stays");
        }
        return plan.withoutScenario(id);
    }

    /** A scenario that loses the region {@code region}: "eu-west lost", id {@code eu-west-lost}. */
    public static Added losingRegion(Plan plan, String region) {
        String name = region + " lost";
        return added(plan, Scenario.losing(plan.freeScenarioId(Ids.slug(name)), name, List.of(region), List.of()));
    }

    /** A scenario that loses the service {@code serviceId}: "Orders DB lost", id {@code orders-db-lost}. */
    public static Added losingService(Plan plan, String serviceId) {
        Service service = plan.service(serviceId)
                .orElseThrow(() -> new IllegalArgumentException("no service " + serviceId));
        String name = service.name() + " lost";
        return added(plan, Scenario.losing(plan.freeScenarioId(Ids.slug(name)), name, List.of(), List.of(serviceId)));
    }

    /** The regions the plan's services run in, sorted; services without a region add none. */
    public static List<String> regionsOf(Plan plan) {
        TreeSet<String> regions = new TreeSet<>();
        for (Service s : plan.services()) {
            if (!s.region().isEmpty()) {
                regions.add(s.region());
            }
        }
        return List.copyOf(regions);
    }

    private static Added added(Plan plan, Scenario scenario) {
        return new Added(plan.withScenario(scenario), scenario.id());
    }
}
