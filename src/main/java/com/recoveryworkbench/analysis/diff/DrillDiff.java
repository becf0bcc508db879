package com.recoveryworkbench.analysis.diff;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.analysis.drill.ProvenAnalyzer;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/** Compares the drill logs of two versions of a plan and their proven views; see {@link DrillLogChange}. Stateless. */
final class DrillDiff {
    private DrillDiff() {
    }

    static DrillLogChange compare(Plan old, Plan neu) {
        List<DrillChange> changed = new ArrayList<>();
        for (Drill was : old.drills()) {
            neu.drill(was.id()).map(is -> change(was, is)).filter(c -> !c.changes().isEmpty())
                    .ifPresent(changed::add);
        }
        return new DrillLogChange(
                neu.drills().stream().filter(d -> old.drill(d.id()).isEmpty()).toList(),
                old.drills().stream().filter(d -> neu.drill(d.id()).isEmpty()).toList(),
                changed, proven(old, neu));
    }

    private static DrillChange change(Drill was, Drill is) {
        List<FieldChange> changes = new ArrayList<>(Field.changes(Fields.DRILL, was, is));
        TreeSet<String> services = new TreeSet<>();
        was.results().forEach(r -> services.add(r.service()));
        is.results().forEach(r -> services.add(r.service()));
        for (String service : services) {
            Optional<DrillResult> before = was.result(service);
            Optional<DrillResult> after = is.result(service);
            String field = "results." + service;
            addIfDiffers(changes, field, before.map(DrillDiff::result).orElse(null),
                    after.map(DrillDiff::result).orElse(null));
            addIfDiffers(changes, field + ".notes", before.map(DrillDiff::notes).orElse(null),
                    after.map(DrillDiff::notes).orElse(null));
        }
        return new DrillChange(is.id(), is.name(), changes);
    }

    private static void addIfDiffers(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    /** "55m, recovered", "not timed, failed", "48m, partial, data loss 5m". */
    static String result(DrillResult r) {
        return (r.measured() == null ? "not timed" : Durations.format(r.measured())) + ", " + r.outcome().code()
                + (r.dataLoss() == null ? "" : ", data loss " + Durations.format(r.dataLoss()));
    }

    private static String notes(DrillResult r) {
        return r.notes().isBlank() ? null : r.notes().strip();
    }

    /** Services of both versions whose proven up time or verdict differs; none when neither has a drill. */
    private static List<ProvenChange> proven(Plan old, Plan neu) {
        if (old.drills().isEmpty() && neu.drills().isEmpty()) {
            return List.of();
        }
        ProvenAnalyzer analyzer = new ProvenAnalyzer();
        Analysis before = analyzer.analyzeProven(old);
        Analysis after = analyzer.analyzeProven(neu);
        List<ProvenChange> changes = new ArrayList<>();
        for (Service service : neu.services()) {
            Optional<ServiceResult> was = before.result(service.id());
            if (was.isEmpty()) {
                continue;
            }
            ServiceResult is = after.result(service.id()).orElseThrow();
            if (!Objects.equals(was.get().up(), is.up()) || was.get().verdict() != is.verdict()) {
                changes.add(new ProvenChange(service.id(), service.name(), was.get().up(), is.up(),
                        was.get().verdict(), is.verdict()));
            }
        }
        return changes;
    }
}
