package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.RpoEstimate;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.analysis.Severity;
import com.recoveryworkbench.analysis.drill.EvidenceIndex;
import com.recoveryworkbench.analysis.drill.MeasuredAction;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a runbook says, before it is written as Markdown or HTML: the plan's header (with the
 * scenario's {@code cost} of downtime, {@code null} when the plan has no rates), the restore sequence
 * wave by wave, the blocked services, the findings by severity and the plan's drill log. Every
 * duration is already formatted; a missing value is {@code "-"}. Immutable; built in a fixed order.
 *
 * <p>The runbook of a scenario other than the total one names it ({@code scenario}, else
 * {@code null}) and lists only the services it takes down: each with what is to be done (restore,
 * fail over, or only wait for what it needs); the services it leaves running are not in it.
 */
record Runbook(String title, LocalDate date, String scenario, String declarationDelay, String restoreCapacity,
               String cost, List<Wave> waves, List<Step> blocked, List<FindingGroup> findings,
               List<RunbookDrills.Entry> drills) {

    /** Within a wave, people work down the list in the order services come up. */
    private static final Comparator<ServiceResult> RESTORE_ORDER = Comparator
            .comparing(ServiceResult::up).thenComparing(ServiceResult::id);

    record Wave(int number, List<Step> steps) {
    }

    /**
     * One service to bring back; {@code waitsFor} names its hard dependencies. {@code action} says what
     * is done ("restore time", "failover to us-east", "nothing to restore") and {@code restoreTime} how
     * long the plan says it takes ("-" when unknown or nothing). {@code lastDrill} is what its latest
     * drill of that action measured ("measured 55m on 2026-10-03", "never drilled"; see
     * {@link RunbookDrills#lastDrill}),
     * {@code null} when there is nothing to restore. {@code dataLoss} is the data it can lose against the
     * RPO target ("up to 1d2h, RPO target 1d"), {@code null} for a service without data to lose.
     */
    record Step(String name, String owner, String action, String restoreTime, String lastDrill,
                List<String> waitsFor, String up, String rtoTarget, String dataLoss, VerdictLook verdict) {

        /** Whether the service is restored, the one action of the total scenario. */
        boolean isRestore() {
            return action.equals(RESTORE);
        }

        /**
         * The planned time beside the measured one of the same action: "planned 40m · measured 55m on
         * 2026-10-03", "planned failover 10m · measured 15m on 2026-11-21"; just {@code restoreTime}
         * ("-") when there is nothing to restore.
         */
        String plannedAndMeasured() {
            if (lastDrill == null) {
                return restoreTime;
            }
            return "planned " + (isRestore() ? "" : "failover ") + restoreTime + " · " + lastDrill;
        }
    }

    static final String RESTORE = "restore time";

    record FindingGroup(String title, List<Finding> findings) {
    }

    static Runbook of(Plan plan, Analysis analysis, LocalDate date) {
        EvidenceIndex evidence = EvidenceIndex.of(plan);
        List<Wave> waves = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> wave : analysis.waves().entrySet()) {
            List<Step> steps = wave.getValue().stream().map(id -> analysis.result(id).orElseThrow())
                    .sorted(RESTORE_ORDER).map(r -> step(plan, r, evidence)).toList();
            waves.add(new Wave(wave.getKey(), steps));
        }
        List<Step> blocked = analysis.results().stream().filter(r -> !r.isScheduled())
                .map(r -> step(plan, r, evidence)).toList();
        String capacity = plan.settings().capacityLimited()
                ? plan.settings().restoreCapacity() + " at once" : "unlimited";
        Scenario scenario = analysis.scenario();
        return new Runbook(plan.name(), date, scenario.isTotal() ? null : describe(scenario),
                Durations.format(scenario.declarationDelayOr(plan.settings().declarationDelay())), capacity,
                RunbookSummary.cost(plan, analysis).orElse(null), List.copyOf(waves), blocked,
                findingGroups(analysis), RunbookDrills.history(plan));
    }

    /** "eu-west lost: region eu-west, service legacy-db lost; data corrupted". */
    private static String describe(Scenario scenario) {
        List<String> lost = new ArrayList<>();
        scenario.regions().forEach(r -> lost.add("region " + r));
        scenario.services().forEach(id -> lost.add("service " + id));
        return scenario.name() + ": " + (lost.isEmpty() ? "nothing" : String.join(", ", lost)) + " lost"
                + (scenario.dataCorruption() ? "; data corrupted" : "");
    }

    private static Step step(Plan plan, ServiceResult r, EvidenceIndex evidence) {
        Service service = plan.service(r.id()).orElseThrow();
        List<String> waitsFor = plan.dependenciesOf(r.id()).stream().filter(Dependency::isHard)
                .map(d -> nameOf(plan, d.to())).sorted().toList();
        String owner = service.owner().isEmpty() ? "-" : service.owner();
        String action = switch (r.state()) {
            case RESTORED -> RESTORE;
            case FAILED_OVER -> "failover to " + service.standbyRegion();
            case WAITING, UNAFFECTED -> "nothing to restore";
        };
        String time = switch (r.state()) {
            case RESTORED -> duration(service.restoreTime());
            case FAILED_OVER -> duration(service.failoverTime());
            case WAITING, UNAFFECTED -> "-";
        };
        String lastDrill = switch (r.state()) {
            case RESTORED -> RunbookDrills.lastDrill(evidence, r.id(), MeasuredAction.RESTORE);
            case FAILED_OVER -> RunbookDrills.lastDrill(evidence, r.id(), MeasuredAction.FAILOVER);
            case WAITING, UNAFFECTED -> null;
        };
        return new Step(service.name(), owner, action, time, lastDrill, waitsFor, duration(r.up()),
                duration(r.rtoTarget()), dataLoss(r), VerdictLook.of(r.verdict()));
    }

    private static String dataLoss(ServiceResult r) {
        String target = ", RPO target " + duration(r.rpoTarget());
        if (r.achievableRpo() instanceof RpoEstimate.Bounded bounded) {
            return "up to " + Durations.format(bounded.loss()) + target;
        }
        return r.achievableRpo() instanceof RpoEstimate.Unbounded ? "all of it (nothing copies the data)"
                + target : null;
    }

    static String nameOf(Plan plan, String id) {
        return plan.service(id).map(Service::name).orElse(id);
    }

    private static List<FindingGroup> findingGroups(Analysis analysis) {
        List<FindingGroup> groups = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            List<Finding> group = analysis.findings().stream().filter(f -> f.severity() == severity).toList();
            if (!group.isEmpty()) {
                groups.add(new FindingGroup(groupTitle(severity), group));
            }
        }
        return List.copyOf(groups);
    }

    private static String groupTitle(Severity severity) {
        return switch (severity) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case INFO -> "Information";
        };
    }

    private static String duration(Duration d) {
        return d == null ? "-" : Durations.format(d);
    }
}
