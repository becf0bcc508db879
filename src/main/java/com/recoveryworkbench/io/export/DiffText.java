package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.diff.DependencyChange;
import com.recoveryworkbench.analysis.diff.DrillChange;
import com.recoveryworkbench.analysis.diff.DrillLogChange;
import com.recoveryworkbench.analysis.diff.FieldChange;
import com.recoveryworkbench.analysis.diff.PlanComparison;
import com.recoveryworkbench.analysis.diff.ProvenChange;
import com.recoveryworkbench.analysis.diff.RecoveryEffect;
import com.recoveryworkbench.analysis.diff.ScenarioChange;
import com.recoveryworkbench.analysis.diff.ServiceChange;
import com.recoveryworkbench.analysis.diff.ServiceEffect;
import com.recoveryworkbench.analysis.diff.TierChange;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.TierPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The report of a {@link PlanComparison} for people (the {@code diff} command, File ▸ Compare with…):
 * sections Plan, Services, Dependencies, Tiers, Settings, Recovery effect (everything lost),
 * Scenarios (each one's own changes and recovery effect) and Drills (drills added, removed or changed,
 * and the services whose proven up time or verdict changed), each left out when nothing in it changed.
 * Lines start with {@code +} (added, appeared), {@code -} (removed, resolved) or {@code ~} (changed),
 * like a diff. A finding that is still there with other figures is changed ("~ error rto-miss: Checkout
 * still misses its RTO: up 1h5m → 35m, target 15m"); only one that is gone is resolved. Stateless.
 */
public final class DiffText {
    private static final String ARROW = " → ";
    private static final String NOT_SET = "(none)";

    private DiffText() {
    }

    public static String render(PlanComparison c) {
        if (c.isIdentical()) {
            return "No changes.\n";
        }
        if (c.onlyLayoutDiffers()) {
            return "Only the layout changed (" + moved(c.servicesMoved().size()) + ").\n";
        }
        StringBuilder out = new StringBuilder();
        section(out, "Plan", fields(c.plan(), "  ~ "));
        section(out, "Services", services(c));
        section(out, "Dependencies", dependencies(c));
        section(out, "Tiers", tiers(c));
        section(out, "Settings", fields(c.settings(), "  ~ "));
        section(out, "Recovery effect", effect(c.effect()));
        section(out, "Scenarios", scenarios(c));
        section(out, "Drills", drills(c.drills()));
        return out.toString();
    }

    private static List<String> drills(DrillLogChange d) {
        List<String> lines = new ArrayList<>();
        d.added().forEach(drill -> lines.add("  + " + drill(drill)));
        d.removed().forEach(drill -> lines.add("  - " + drill(drill)));
        for (DrillChange change : d.changed()) {
            lines.add("  ~ " + label(change.id(), change.name()));
            lines.addAll(fields(change.changes(), "      "));
        }
        if (!d.proven().isEmpty()) {
            lines.add("  proven view (each service's latest measured time):");
            d.proven().forEach(p -> lines.add(proven(p)));
        }
        return lines;
    }

    /** "autumn (Autumn restore test): 2026-10-03, scenario total, 2 recovered · 1 failed". */
    private static String drill(Drill drill) {
        return label(drill.id(), drill.name()) + ": " + drill.date() + ", scenario " + drill.scenario() + ", "
                + RunbookDrills.outcomes(drill);
    }

    /** "~ checkout (Checkout): proven up 52m → 1h7m, meets → missed". */
    private static String proven(ProvenChange p) {
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(p.upBefore(), p.upAfter())) {
            parts.add("proven up " + duration(p.upBefore()) + ARROW + duration(p.upAfter()));
        }
        parts.add(p.verdictBefore() == p.verdictAfter() ? "still " + status(p.verdictAfter())
                : status(p.verdictBefore()) + ARROW + status(p.verdictAfter()));
        return "  ~ " + label(p.id(), p.name()) + ": " + String.join(", ", parts);
    }

    private static List<String> scenarios(PlanComparison c) {
        List<String> lines = new ArrayList<>();
        c.scenariosAdded().forEach(s -> lines.add("  + " + label(s.id(), s.name())));
        c.scenariosRemoved().forEach(s -> lines.add("  - " + label(s.id(), s.name())));
        for (ScenarioChange change : c.scenariosChanged()) {
            lines.add("  ~ " + label(change.id(), change.name()));
            lines.addAll(fields(change.changes(), "      "));
            if (!change.effect().isEmpty()) {
                lines.add("      recovery effect:");
                effect(change.effect()).forEach(line -> lines.add("      " + line));
            }
        }
        return lines;
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            out.append(out.isEmpty() ? "" : "\n").append(title).append('\n');
            lines.forEach(line -> out.append(line).append('\n'));
        }
    }

    private static List<String> services(PlanComparison c) {
        List<String> lines = new ArrayList<>();
        for (Service s : c.servicesAdded()) {
            lines.add("  + " + label(s.id(), s.name()) + ": " + s.kind().code() + ", " + s.tier() + ", restore "
                    + (s.restoreTime() == null ? "unknown" : Durations.format(s.restoreTime())));
        }
        c.servicesRemoved().forEach(s -> lines.add("  - " + label(s.id(), s.name())));
        for (ServiceChange change : c.servicesChanged()) {
            lines.add("  ~ " + label(change.id(), change.name()));
            lines.addAll(fields(change.changes(), "      "));
        }
        if (!c.servicesMoved().isEmpty()) {
            lines.add("  (" + moved(c.servicesMoved().size()) + ")");
        }
        return lines;
    }

    private static List<String> dependencies(PlanComparison c) {
        List<String> lines = new ArrayList<>();
        c.dependenciesAdded().forEach(d -> lines.add("  + " + dependency(d)));
        c.dependenciesRemoved().forEach(d -> lines.add("  - " + dependency(d)));
        for (DependencyChange d : c.dependenciesRetyped()) {
            lines.add("  ~ " + d.from() + ARROW + d.to() + ": " + d.before().code() + ARROW + d.after().code());
        }
        return lines;
    }

    private static String dependency(Dependency d) {
        return d.from() + ARROW + d.to() + " (" + d.type().code() + ")";
    }

    private static List<String> tiers(PlanComparison c) {
        List<String> lines = new ArrayList<>();
        for (TierPolicy t : c.tiersAdded()) {
            lines.add("  + " + label(t.id(), t.name()) + ": RTO " + Durations.format(t.rtoTarget()) + ", RPO "
                    + Durations.format(t.rpoTarget()));
        }
        c.tiersRemoved().forEach(t -> lines.add("  - " + label(t.id(), t.name())));
        for (TierChange change : c.tiersChanged()) {
            lines.add("  ~ " + change.id());
            lines.addAll(fields(change.changes(), "      "));
        }
        return lines;
    }

    private static List<String> fields(List<FieldChange> changes, String indent) {
        return changes.stream().map(f -> indent + f.field() + ": " + Objects.requireNonNullElse(f.before(), NOT_SET)
                + ARROW + Objects.requireNonNullElse(f.after(), NOT_SET)).toList();
    }

    private static List<String> effect(RecoveryEffect e) {
        if (e.isEmpty()) {
            return List.of("  none: waves, up times, verdicts and findings are unchanged");
        }
        List<String> lines = new ArrayList<>();
        boolean sameMakespan = Objects.equals(e.makespanBefore(), e.makespanAfter());
        lines.add("  makespan: " + duration(e.makespanBefore())
                + (sameMakespan ? " (unchanged)" : ARROW + duration(e.makespanAfter())));
        e.services().forEach(s -> lines.add(serviceEffect(s)));
        e.appeared().forEach(f -> lines.add("  + " + finding(f)));
        e.changed().forEach(c -> lines.add("  ~ " + rule(c.after()) + c.summary()));
        e.resolved().forEach(f -> lines.add("  - " + finding(f) + " (resolved)"));
        return lines;
    }

    private static String serviceEffect(ServiceEffect s) {
        String label = label(s.id(), s.name());
        if (s.complianceBefore() == null) {
            return "  + " + label + ": wave " + wave(s.waveAfter()) + ", up " + duration(s.upAfter()) + ", "
                    + status(s.complianceAfter());
        }
        if (s.complianceAfter() == null) {
            return "  - " + label + ": was wave " + wave(s.waveBefore()) + ", up " + duration(s.upBefore()) + ", "
                    + status(s.complianceBefore());
        }
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(s.waveBefore(), s.waveAfter())) {
            parts.add("wave " + wave(s.waveBefore()) + ARROW + wave(s.waveAfter()));
        }
        if (!Objects.equals(s.upBefore(), s.upAfter())) {
            parts.add("up " + duration(s.upBefore()) + ARROW + duration(s.upAfter()));
        }
        parts.add(s.complianceBefore() == s.complianceAfter() ? "still " + status(s.complianceAfter())
                : status(s.complianceBefore()) + ARROW + status(s.complianceAfter()));
        return "  ~ " + label + ": " + String.join(", ", parts);
    }

    private static String finding(Finding f) {
        return rule(f) + f.message();
    }

    private static String rule(Finding f) {
        return f.severity().code() + " " + f.rule() + ": ";
    }

    private static String label(String id, String name) {
        return id.equals(name) ? id : id + " (" + name + ")";
    }

    /** Moved, pinned, unpinned or given another forced layer: layout, not recovery. */
    private static String moved(int count) {
        return (count == 1 ? "1 service" : count + " services") + " moved or re-pinned";
    }

    private static String wave(Integer wave) {
        return wave == null ? "-" : wave.toString();
    }

    private static String duration(Duration d) {
        return d == null ? "-" : Durations.format(d);
    }

    private static String status(Verdict compliance) {
        return AsciiVerdict.word(compliance);
    }
}
