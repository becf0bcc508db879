package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.model.Plan;
import java.time.LocalDate;
import java.util.List;

/**
 * The restore sequence as a Markdown document people follow during an incident or a drill: a
 * checkbox per service, its planned time beside what its latest drill measured, what it waits for,
 * when it should be up against its target, and a blank for the measured time; then the findings and
 * the drill history. The header gives the scenario's cost of downtime when the plan has rates.
 * Stateless and thread-safe; the same plan, analysis and date give the same text.
 */
public final class MarkdownRunbook {
    private static final String SPECIAL = "\\`*_[]<>|~!#&";

    private MarkdownRunbook() {
    }

    /** @param date the day printed on the runbook (the CLI passes today) */
    public static String render(Plan plan, Analysis analysis, LocalDate date) {
        Runbook runbook = Runbook.of(plan, analysis, date);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(runbook.title())).append(" — recovery runbook\n\n")
                .append("- Date: ").append(runbook.date()).append('\n')
                .append(runbook.scenario() == null ? "" : "- Scenario: " + escape(runbook.scenario()) + "\n")
                .append("- Declaration delay: ").append(runbook.declarationDelay()).append('\n')
                .append("- Restore capacity: ").append(runbook.restoreCapacity()).append('\n')
                .append(runbook.cost() == null ? "" : "- Downtime cost: " + escape(runbook.cost()) + "\n");
        for (Runbook.Wave wave : runbook.waves()) {
            out.append("\n## Wave ").append(wave.number()).append("\n\n");
            wave.steps().forEach(step -> step(out, step));
        }
        if (!runbook.blocked().isEmpty()) {
            out.append("\n## Blocked by a cycle\n\n")
                    .append("These services cannot be restored as drawn: break the cycle first.\n\n");
            runbook.blocked().forEach(step -> step(out, step));
        }
        out.append("\n## Findings\n");
        if (runbook.findings().isEmpty()) {
            out.append("\nNone.\n");
        }
        for (Runbook.FindingGroup group : runbook.findings()) {
            out.append("\n### ").append(group.title()).append(" (").append(group.findings().size()).append(")\n\n");
            for (Finding f : group.findings()) {
                out.append("- `").append(f.rule()).append("`: ").append(escape(f.message())).append('\n');
            }
        }
        drillHistory(out, runbook.drills());
        return out.toString();
    }

    private static void drillHistory(StringBuilder out, List<RunbookDrills.Entry> drills) {
        out.append("\n## Drill history\n\n");
        if (drills.isEmpty()) {
            out.append("No drill has been recorded.\n");
        }
        for (RunbookDrills.Entry drill : drills) {
            out.append("- ").append(drill.date()).append(" **").append(escape(drill.name())).append("** — ")
                    .append(escape(drill.scenario())).append(": ").append(drill.outcomes()).append('\n');
            if (!drill.notes().isEmpty()) {
                out.append("  - ").append(escape(drill.notes())).append('\n');
            }
            drill.lessons().forEach(lesson -> out.append("  - ").append(escape(lesson)).append('\n'));
        }
    }

    private static void step(StringBuilder out, Runbook.Step step) {
        out.append("- [ ] **").append(escape(step.name())).append("** — owner: ").append(escape(step.owner()))
                .append('\n')
                .append("  - ").append(escape(step.action())).append(": ").append(step.plannedAndMeasured())
                .append('\n')
                .append("  - waits for: ").append(waitsFor(step.waitsFor())).append('\n')
                .append("  - expected up: ").append(step.up()).append(", RTO target ").append(step.rtoTarget())
                .append(" — ").append(step.verdict().symbol()).append(' ').append(step.verdict().word()).append('\n');
        if (step.dataLoss() != null) {
            out.append("  - data loss: ").append(step.dataLoss()).append('\n');
        }
        out.append("  - measured: ______\n");
    }

    private static String waitsFor(List<String> names) {
        return names.isEmpty() ? "nothing" : String.join(", ", names.stream().map(MarkdownRunbook::escape).toList());
    }

    /** Backslash-escapes the characters that would turn a name into markup; a line break becomes a space. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '\n' || c == '\r') {
                out.append(' ');
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
