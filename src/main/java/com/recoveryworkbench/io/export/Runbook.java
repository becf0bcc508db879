package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.RpoEstimate;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.analysis.Severity;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a runbook says, before it is written as Markdown or HTML: the plan's header, the restore
 * sequence wave by wave, the blocked services and the findings by severity. Every duration is
 * already formatted; a missing value is {@code "-"}. Immutable; built in a fixed order.
 */
record Runbook(String title, LocalDate date, String declarationDelay, String restoreCapacity, List<Wave> waves,
               List<Step> blocked, List<FindingGroup> findings) {

    /** Within a wave, people work down the list in the order services come up. */
    private static final Comparator<ServiceResult> RESTORE_ORDER = Comparator
            .comparing(ServiceResult::up).thenComparing(ServiceResult::id);

    record Wave(int number, List<Step> steps) {
    }

    /**
     * One service to restore; {@code waitsFor} names its hard dependencies. {@code dataLoss} is the
     * data the restore can lose against the RPO target ("up to 1d2h, RPO target 1d"), {@code null}
     * for a service without data to lose.
     */
    record Step(String name, String owner, String restoreTime, List<String> waitsFor, String up, String rtoTarget,
                String dataLoss, VerdictLook verdict) {
    }

    record FindingGroup(String title, List<Finding> findings) {
    }

    static Runbook of(Plan plan, Analysis analysis, LocalDate date) {
        List<Wave> waves = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> wave : analysis.waves().entrySet()) {
            List<Step> steps = wave.getValue().stream().map(id -> analysis.result(id).orElseThrow())
                    .sorted(RESTORE_ORDER).map(r -> step(plan, r)).toList();
            waves.add(new Wave(wave.getKey(), steps));
        }
        List<Step> blocked = analysis.results().stream().filter(r -> !r.isScheduled()).map(r -> step(plan, r))
                .toList();
        String capacity = plan.settings().capacityLimited()
                ? plan.settings().restoreCapacity() + " at once" : "unlimited";
        return new Runbook(plan.name(), date, Durations.format(plan.settings().declarationDelay()), capacity,
                List.copyOf(waves), blocked, findingGroups(analysis));
    }

    private static Step step(Plan plan, ServiceResult r) {
        Service service = plan.service(r.id()).orElseThrow();
        List<String> waitsFor = plan.dependenciesOf(r.id()).stream().filter(Dependency::isHard)
                .map(d -> nameOf(plan, d.to())).sorted().toList();
        return new Step(service.name(), service.owner().isEmpty() ? "-" : service.owner(),
                duration(service.restoreTime()), waitsFor, duration(r.up()), duration(r.rtoTarget()), dataLoss(r),
                VerdictLook.of(r.verdict()));
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
