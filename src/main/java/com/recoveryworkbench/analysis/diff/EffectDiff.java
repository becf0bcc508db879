package com.recoveryworkbench.analysis.diff;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
        return findings(services, neu, before, after);
    }

    private static boolean differs(ServiceEffect e) {
        return !Objects.equals(e.waveBefore(), e.waveAfter()) || !Objects.equals(e.upBefore(), e.upAfter())
                || e.complianceBefore() != e.complianceAfter();
    }

    /**
     * Findings only one version has, as they are (rule, services, message), are matched by rule and
     * {@link FindingSubject}, in analysis order: a pair is a change; the rest of the newer version's
     * appeared, the rest of the older one's are resolved.
     */
    private static RecoveryEffect findings(List<ServiceEffect> services, Plan neu, Analysis before, Analysis after) {
        List<Finding> gone = onlyIn(before, after);
        Map<List<Object>, Deque<Finding>> goneBySubject = new HashMap<>();
        gone.forEach(f -> goneBySubject.computeIfAbsent(subject(f), k -> new ArrayDeque<>()).add(f));
        List<Finding> appeared = new ArrayList<>();
        List<FindingChange> changed = new ArrayList<>();
        Set<Finding> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Finding f : onlyIn(after, before)) {
            Deque<Finding> sameSubject = goneBySubject.get(subject(f));
            Finding was = sameSubject == null ? null : sameSubject.poll();
            if (was == null) {
                appeared.add(f);
            } else {
                matched.add(was);
                changed.add(new FindingChange(was, f, FindingChangeSummary.of(was, f, neu, before, after)));
            }
        }
        List<Finding> resolved = gone.stream().filter(f -> !matched.contains(f)).toList();
        return new RecoveryEffect(services, appeared, changed, resolved, before.makespan(), after.makespan());
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

    private static List<Object> subject(Finding f) {
        return List.of(f.rule(), FindingSubject.of(f));
    }
}
