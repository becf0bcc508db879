package com.recoveryworkbench.cli;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.RpoEstimate;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.analysis.Severity;
import com.recoveryworkbench.analysis.Summary;
import com.recoveryworkbench.cli.TextTable.Align;
import com.recoveryworkbench.io.export.AsciiVerdict;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.Settings;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The {@code check} report for people: a header, the restore sequence wave by wave with each
 * service's verdict (and, under a service that waited for a free restore slot, how long and behind
 * whom), the findings grouped by severity, a summary line and, when the check fails, a line saying
 * why ({@link CheckFailures}). Plain text with aligned
 * columns; the same plan always gives the same text. Stateless.
 */
final class TextReport {
    private static final Comparator<ServiceResult> RESTORE_ORDER = Comparator
            .comparing(ServiceResult::up).thenComparing(ServiceResult::id);

    private TextReport() {
    }

    /** @param capacityOverridden whether {@code --capacity} replaced the plan's restore capacity */
    static String render(Plan plan, Analysis analysis, boolean capacityOverridden) {
        return header(plan, capacityOverridden) + "\n" + sequence(plan, analysis) + "\n" + findings(analysis)
                + "\n" + summary(analysis) + "\n" + outcome(plan, analysis);
    }

    private static String header(Plan plan, boolean capacityOverridden) {
        Settings settings = plan.settings();
        String capacity = settings.capacityLimited() ? String.valueOf(settings.restoreCapacity()) : "unlimited";
        return plan.name() + "\n"
                + count(plan.serviceCount(), "service") + ", " + count(plan.dependencies().size(), "dependency")
                + ", declaration delay " + Durations.format(settings.declarationDelay())
                + ", restore capacity " + capacity + (capacityOverridden ? " (--capacity)" : "") + "\n";
    }

    private static String sequence(Plan plan, Analysis analysis) {
        TextTable table = new TextTable("    ", Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT,
                Align.RIGHT, Align.LEFT);
        table.heading("Restore sequence");
        table.row("Service", "Up", "RTO target", "Slack", "RPO", "RPO target", "Status");
        for (Map.Entry<Integer, List<String>> wave : analysis.waves().entrySet()) {
            table.heading("  Wave " + wave.getKey());
            wave.getValue().stream().map(id -> analysis.result(id).orElseThrow()).sorted(RESTORE_ORDER)
                    .forEach(result -> {
                        row(table, plan, result);
                        // Why it starts when it does, under the row it explains.
                        analysis.slotWait(result.id()).ifPresent(wait -> table.heading("      " + wait.message()));
                    });
        }
        List<ServiceResult> blocked = analysis.results().stream().filter(r -> !r.isScheduled()).toList();
        if (!blocked.isEmpty()) {
            table.heading("  Not restored: in a cycle or waiting for one");
            blocked.forEach(result -> row(table, plan, result));
        }
        return table.render();
    }

    private static void row(TextTable table, Plan plan, ServiceResult r) {
        String name = plan.service(r.id()).map(Service::name).orElse(r.id());
        boolean rpoApplies = !(r.achievableRpo() instanceof RpoEstimate.NotApplicable);
        table.row(name, duration(r.up()), duration(r.rtoTarget()), duration(r.slack()), rpo(r.achievableRpo()),
                rpoApplies ? duration(r.rpoTarget()) : "-", AsciiVerdict.word(r.verdict()));
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
    private static String outcome(Plan plan, Analysis analysis) {
        List<String> reasons = CheckFailures.of(plan, analysis);
        return reasons.isEmpty() ? "" : "Check fails: " + String.join("; ", reasons) + ".\n";
    }

    private static String ending(Analysis analysis) {
        long blocked = analysis.results().stream().filter(r -> !r.isScheduled()).count();
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
