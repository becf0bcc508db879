package com.recoveryworkbench.analysis.diff;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Compares the analyses of two versions of a plan; see {@link RecoveryEffect}. Stateless. */
final class EffectDiff {
    private EffectDiff() {
    }

    static RecoveryEffect compare(Plan old, Analysis before, Plan neu, Analysis after) {
        TreeSet<String> ids = new TreeSet<>();
        old.services().forEach(s -> ids.add(s.id()));
        neu.services().forEach(s -> ids.add(s.id()));
        List<ServiceEffect> services = new ArrayList<>();
        for (String id : ids) {
            Optional<ServiceResult> was = before.result(id);
            Optional<ServiceResult> is = after.result(id);
            ServiceEffect effect = new ServiceEffect(id,
                    neu.service(id).or(() -> old.service(id)).map(Service::name).orElse(id),
                    was.map(ServiceResult::wave).orElse(null), is.map(ServiceResult::wave).orElse(null),
                    was.map(ServiceResult::up).orElse(null), is.map(ServiceResult::up).orElse(null),
                    was.map(ServiceResult::verdict).orElse(null), is.map(ServiceResult::verdict).orElse(null));
            if (differs(effect)) {
                services.add(effect);
            }
        }
        return new RecoveryEffect(services, onlyIn(after, before), onlyIn(before, after), before.makespan(),
                after.makespan());
    }

    private static boolean differs(ServiceEffect e) {
        return !Objects.equals(e.waveBefore(), e.waveAfter()) || !Objects.equals(e.upBefore(), e.upAfter())
                || e.complianceBefore() != e.complianceAfter();
    }

    /** The findings of {@code analysis} that {@code other} has no finding with the same rule, services and message. */
    private static List<Finding> onlyIn(Analysis analysis, Analysis other) {
        Set<List<Object>> known = new HashSet<>();
        other.findings().forEach(f -> known.add(key(f)));
        return analysis.findings().stream().filter(f -> !known.contains(key(f))).toList();
    }

    private static List<Object> key(Finding f) {
        return List.of(f.rule(), f.services(), f.message());
    }
}
