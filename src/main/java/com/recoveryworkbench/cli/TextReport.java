package com.recoveryworkbench.cli;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.RpoEstimate;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.analysis.Severity;
import com.recoveryworkbench.analysis.Summary;
import com.recoveryworkbench.analysis.cost.DowntimeCosts;
import com.recoveryworkbench.analysis.uncertainty.Uncertainty;
import com.recoveryworkbench.cli.TextTable.Align;
import com.recoveryworkbench.io.export.AsciiVerdict;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.Settings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The {@code check} report for people: a header naming the plan and the scenario, the restore
 * sequence wave by wave with each service's verdict (and, in a scenario other than the total one,
 * what it does: restored, failed over, waiting; then the services it leaves unaffected), the findings
 * grouped by severity, a summary line and, when the check fails, a line saying why
 * ({@link CheckFailures}); under a service that waited for a free restore slot, how long and behind
 * whom. Several scenarios: one report after the other, then a
 * table with one line per scenario. Plain text with aligned columns; the same plan always gives the
 * same text. Stateless.
 */
final class TextReport {
    private static final Comparator<ServiceResult> RESTORE_ORDER = Comparator
            .comparing(ServiceResult::up).thenComparing(ServiceResult::id);

    private TextReport() {
    }

    /** @param capacityOverridden whether {@code --capacity} replaced the plan's restore capacity */
    static String render(Plan plan, Analysis analysis, boolean capacityOverridden) {
        return render(plan, analysis, capacityOverridden, CheckFailures.of(plan, analysis), null);
    }

    /** @param failures why the check fails ({@link CheckFailures}), said after the summary; empty when it passes */
    static String render(Plan plan, Analysis analysis, boolean capacityOverridden, List<String> failures) {
        return render(plan, analysis, capacityOverridden, failures, null);
    }

    /**
     * @param failures    why the check fails ({@link CheckFailures}), said after the summary; empty when it passes
     * @param uncertainty {@code check --uncertainty}'s figures for this scenario, as P50, P90 and chance columns
     *                    beside the up time; {@code null} for none
     */
    static String render(Plan plan, Analysis analysis, boolean capacityOverridden, List<String> failures,
                         Uncertainty uncertainty) {
        return header(plan, analysis.scenario(), capacityOverridden) + UncertaintyColumns.basisLine(uncertainty)
                + "\n" + sequence(plan, analysis, uncertainty) + "\n" + findings(analysis) + "\n" + summary(analysis)
                + cost(plan, analysis) + "\n" + outcome(failures);
    }

    /** The report of each scenario without uncertainty figures; see {@link #renderAll(Plan, List, boolean, List)}. */
    static String renderAll(Plan plan, List<Analysis> analyses, boolean capacityOverridden) {
        return renderAll(plan, analyses, capacityOverridden, null);
    }

    /**
     * The report of each scenario, then one line per scenario: how much it takes down and whether it passes.
     *
     * @param uncertainties one per analysis ({@code null} elements for none), or {@code null} for none at all
     */
    static String renderAll(Plan plan, List<Analysis> analyses, boolean capacityOverridden,
                            List<Uncertainty> uncertainties) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < analyses.size(); i++) {
            Analysis analysis = analyses.get(i);
            out.append(render(plan, analysis, capacityOverridden, CheckFailures.of(plan, analysis),
                    uncertainties == null ? null : uncertainties.get(i))).append("\n");
        }
        TextTable table = new TextTable("    ", Align.LEFT, Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT,
                Align.RIGHT, Align.LEFT);
        table.heading("Scenarios");
        table.row("Scenario", "Name", "Down", "Up after", "RTO misses", "RPO misses", "Result");
        for (Analysis analysis : analyses) {
            Summary s = analysis.summary();
            long down = analysis.results().stream().filter(ServiceResult::isDown).count();
            table.row(analysis.scenario().id(), analysis.scenario().name(), String.valueOf(down),
                    duration(analysis.makespan()), String.valueOf(s.rtoMisses()), String.valueOf(s.rpoMisses()),
                    CheckFailures.of(plan, analysis).isEmpty() ? "OK" : "FAIL");
        }
        return out.append(table.render()).toString();
    }

    private static String header(Plan plan, Scenario scenario, boolean capacityOverridden) {
        Settings settings = plan.settings();
        String capacity = settings.capacityLimited() ? String.valueOf(settings.restoreCapacity()) : "unlimited";
        Duration delay = scenario.declarationDelayOr(settings.declarationDelay());
        return plan.name() + "\n"
                + count(plan.serviceCount(), "service") + ", " + count(plan.dependencies().size(), "dependency")
                + ", declaration delay " + Durations.format(delay)
                + (scenario.declarationDelay() == null ? "" : " (the scenario's)")
                + ", restore capacity " + capacity + (capacityOverridden ? " (--capacity)" : "") + "\n"
                + "Scenario: " + scenario.name() + " (" + scenario.id() + "): " + losses(scenario) + "\n";
    }

    /** "everything is lost" or "loses region eu-west, service legacy-db; data corrupted". */
    private static String losses(Scenario scenario) {
        if (scenario.isTotal()) {
            return "everything is lost";
        }
        List<String> parts = new ArrayList<>();
        scenario.regions().forEach(r -> parts.add("region " + r));
        scenario.services().forEach(id -> parts.add("service " + id));
        String lost = parts.isEmpty() ? "loses nothing" : "loses " + String.join(", ", parts);
        return lost + (scenario.dataCorruption() ? "; data corrupted" : "");
    }

    private static String sequence(Plan plan, Analysis analysis, Uncertainty uncertainty) {
        UncertaintyColumns columns = new UncertaintyColumns(uncertainty);
        TextTable table = new TextTable("    ", columns.aligns(Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT,
                Align.RIGHT, Align.RIGHT, Align.LEFT));
        table.heading("Restore sequence");
        table.row(columns.titles("Service", "Up", "RTO target", "Slack", "RPO", "RPO target", "Status"));
        for (Map.Entry<Integer, List<String>> wave : analysis.waves().entrySet()) {
            table.heading("  Wave " + wave.getKey());
            wave.getValue().stream().map(id -> analysis.result(id).orElseThrow()).sorted(RESTORE_ORDER)
                    .forEach(result -> {
                        row(table, plan, result, analysis.scenario().isTotal(), columns);
                        // Why it starts when it does, under the row it explains.
                        analysis.slotWait(result.id()).ifPresent(wait -> table.heading("      " + wait.message()));
                    });
        }
        boolean total = analysis.scenario().isTotal();
        List<ServiceResult> blocked = analysis.results().stream().filter(r -> !r.isScheduled()).toList();
        if (!blocked.isEmpty()) {
            table.heading("  Not restored: in a cycle or waiting for one");
            blocked.forEach(result -> row(table, plan, result, total, columns));
        }
        List<ServiceResult> unaffected = analysis.results().stream().filter(r -> !r.isDown()).toList();
        if (!unaffected.isEmpty()) {
            table.heading("  Unaffected: keep running");
            unaffected.forEach(result -> row(table, plan, result, total, columns));
        }
        return table.render();
    }

    private static void row(TextTable table, Plan plan, ServiceResult r, boolean total, UncertaintyColumns columns) {
        String name = plan.service(r.id()).map(Service::name).orElse(r.id());
        boolean rpoApplies = !(r.achievableRpo() instanceof RpoEstimate.NotApplicable);
        // In the total scenario every service is restored; elsewhere say what each one does.
        String status = AsciiVerdict.word(r.verdict())
                + (total || !r.isDown() ? "" : " (" + r.state().code().replace('-', ' ') + ")");
        table.row(columns.cells(r.id(), name, duration(r.up()), duration(r.rtoTarget()), duration(r.slack()),
                rpo(r.achievableRpo()), rpoApplies ? duration(r.rpoTarget()) : "-", status));
    }

    private static String findings(Analysis analysis) {
        if (analysis.findings().isEmpty()) {
            return "Findings: none\n";
        }
        TextTable table = new TextTable("    ", Align.LEFT, Align.LEFT);
        table.heading("Findings");
        for (Severity severity : Severity.values()) {
            List<Finding> group = analysis.findings().stream().filter(f -> f.severity() == severity).toList();
            if (!group.isEmpty()) {
                table.heading("  " + groupTitle(severity) + " (" + group.size() + ")");
                group.forEach(f -> table.row(f.rule(), f.message()));
            }
        }
        return table.render();
    }

    private static String groupTitle(Severity severity) {
        return switch (severity) {
            case ERROR -> "Errors";
            case WARNING -> "Warnings";
            case INFO -> "Information";
        };
    }

    private static String summary(Analysis analysis) {
        Summary s = analysis.summary();
        return "Summary: " + count(s.services(), "service") + ", " + s.compliant() + " compliant, "
                + count(s.rtoMisses(), "RTO miss") + ", " + count(s.rpoMisses(), "RPO miss") + ", "
                + count(s.errors(), "error") + ", " + count(s.warnings(), "warning") + "; " + ending(analysis);
    }

    /** Why the check fails, so an exit code of 1 never goes unexplained; nothing when it passes. */
    private static String outcome(List<String> reasons) {
        return reasons.isEmpty() ? "" : "Check fails: " + String.join("; ", reasons) + ".\n";
    }

    /** A line with the scenario's cost of downtime, only when the plan has rates. */
    private static String cost(Plan plan, Analysis analysis) {
        return DowntimeCosts.of(plan, analysis).map(cost -> "\nCost of downtime: " + cost.formattedTotal()
                + (cost.blockedAtHorizon() == 0 ? "" : " (" + count(cost.blockedAtHorizon(), "blocked service")
                        + " counted for the whole horizon of " + Durations.format(plan.settings().horizon()) + ")"))
                .orElse("");
    }

    private static String ending(Analysis analysis) {
        long blocked = analysis.results().stream().filter(r -> !r.isScheduled()).count();
        if (analysis.results().stream().noneMatch(ServiceResult::isDown)) {
            return "nothing is down in this scenario.";
        }
        if (analysis.makespan() == null) {
            return "nothing can be restored as drawn.";
        }
        String upAfter = Durations.format(analysis.makespan());
        return blocked == 0 ? "everything is up after " + upAfter + "."
                : count((int) blocked, "service") + " blocked, the others are up after " + upAfter + ".";
    }

    private static String duration(Duration d) {
        return d == null ? "-" : Durations.format(d);
    }

    private static String rpo(RpoEstimate estimate) {
        if (estimate instanceof RpoEstimate.Bounded bounded) {
            return Durations.format(bounded.loss());
        }
        return estimate instanceof RpoEstimate.Unbounded ? "unbounded" : "n/a";
    }

    private static String count(int n, String noun) {
        if (n == 1) {
            return "1 " + noun;
        }
        return n + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies"
                : noun.endsWith("s") ? noun + "es" : noun + "s");
    }
}
