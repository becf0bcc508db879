package com.recoveryworkbench.cli;

import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.Severity;
import com.recoveryworkbench.analysis.drill.Evidence;
import com.recoveryworkbench.analysis.drill.ProvenResult;
import com.recoveryworkbench.analysis.drill.ProvenView;
import com.recoveryworkbench.cli.TextTable.Align;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.time.Duration;
import java.util.List;

/**
 * The {@code check --proven} report for people: the ordinary report of the proven analysis, then each
 * service's planned and proven up time with its evidence, why the services the drills delay are later,
 * and the drill findings. Stateless; the same plan and date always give the same text.
 */
final class ProvenTextReport {
    private ProvenTextReport() {
    }

    static String render(Plan plan, ProvenView view, boolean capacityOverridden) {
        return "Proven view as of " + view.asOf() + ": each service's latest measured time where a drill measured it\n"
                + TextReport.render(plan, view.proven(), capacityOverridden, CheckFailures.ofProven(plan, view)) + "\n" + comparison(plan, view) + "\n"
                + drillFindings(view.findings());
    }

    private static String comparison(Plan plan, ProvenView view) {
        TextTable table = new TextTable("    ", Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.LEFT);
        table.heading("Proven against planned, as of " + view.asOf());
        table.row("Service", "Planned up", "Proven up", "Difference", "Evidence");
        for (ProvenResult r : view.results()) {
            table.row(name(plan, r.id()), duration(r.plannedUp()), duration(r.provenUp()),
                    r.difference().map(ProvenTextReport::signed).orElse("-"), evidence(r.evidence()));
        }
        StringBuilder out = new StringBuilder(table.render());
        List<ProvenResult> later = view.results().stream()
                .filter(r -> r.difference().map(d -> !d.isNegative() && !d.isZero()).orElse(false)).toList();
        if (!later.isEmpty()) {
            out.append("\nLater than planned\n");
            later.forEach(r -> out.append("    ").append(view.explain(r.id())).append('\n'));
        }
        return out.toString();
    }

    private static String drillFindings(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "Drill findings: none\n";
        }
        TextTable table = new TextTable("    ", Align.LEFT, Align.LEFT);
        table.heading("Drill findings");
        for (Severity severity : Severity.values()) {
            List<Finding> group = findings.stream().filter(f -> f.severity() == severity).toList();
            if (!group.isEmpty()) {
                String title = switch (severity) {
                    case ERROR -> "Errors";
                    case WARNING -> "Warnings";
                    case INFO -> "Information";
                };
                table.heading("  " + title + " (" + group.size() + ")");
                group.forEach(f -> table.row(f.rule(), f.message()));
            }
        }
        return table.render();
    }

    private static String evidence(Evidence e) {
        if (e == null) {
            return "never drilled";
        }
        String measured = e.measured() == null ? "" : " " + Durations.format(e.measured());
        return e.date() + " " + e.drill() + ":" + measured + " " + e.outcome().code();
    }

    private static String name(Plan plan, String id) {
        return plan.service(id).map(Service::name).orElse(id);
    }

    private static String signed(Duration d) {
        return d.isNegative() || d.isZero() ? Durations.format(d) : "+" + Durations.format(d);
    }

    private static String duration(Duration d) {
        return d == null ? "-" : Durations.format(d);
    }
}
