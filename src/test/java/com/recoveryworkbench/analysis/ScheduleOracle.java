package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the properties need to know about a plan, worked out the slow and obvious way, independently
 * of the analysis: hard dependencies between existing services, restore times, readiness, priority.
 */
final class ScheduleOracle {
    final Plan plan;
    final Analysis analysis;
    private final Map<String, Duration> readyAt = new HashMap<>();

    ScheduleOracle(Plan plan) {
        this.plan = plan;
        this.analysis = new RecoveryAnalyzer().analyze(plan);
    }

    List<Service> services() {
        return plan.services();
    }

    ServiceResult result(Service s) {
        return analysis.result(s.id()).orElseThrow();
    }

    List<String> hardDependencies(String id) {
        return plan.dependenciesOf(id).stream().filter(Dependency::isHard).map(Dependency::to)
                .filter(plan::hasService).toList();
    }

    List<String> hardDependents(String id) {
        return plan.dependencies().stream().filter(d -> d.isHard() && d.to().equals(id) && plan.hasService(d.from()))
                .map(Dependency::from).toList();
    }

    Duration restore(String id) {
        Duration r = plan.service(id).orElseThrow().restoreTime();
        return r == null ? Duration.ZERO : r;
    }

    Duration up(String id) {
        return analysis.result(id).orElseThrow().up();
    }

    /** When a scheduled service could have started at the earliest: restores begun, every hard dependency up. */
    Duration readyAt(String id) {
        return readyAt.computeIfAbsent(id, k -> {
            Duration ready = plan.settings().declarationDelay();
            for (String d : hardDependencies(k)) {
                ready = up(d).compareTo(ready) > 0 ? up(d) : ready;
            }
            return ready;
        });
    }

    /** Services that reach themselves through one or more hard dependencies. */
    Set<String> onCycles() {
        Set<String> on = new HashSet<>();
        for (Service s : services()) {
            Set<String> reached = new HashSet<>();
            List<String> todo = new ArrayList<>(hardDependencies(s.id()));
            while (!todo.isEmpty()) {
                String next = todo.remove(todo.size() - 1);
                if (reached.add(next)) {
                    todo.addAll(hardDependencies(next));
                }
            }
            if (reached.contains(s.id())) {
                on.add(s.id());
            }
        }
        return on;
    }

    /** A service is blocked when it is on a cycle or reaches one through hard dependencies. */
    boolean reachesCycle(String id, Set<String> onCycles) {
        Set<String> reached = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (onCycles.contains(next)) {
                return true;
            }
            if (reached.add(next)) {
                todo.addAll(hardDependencies(next));
            }
        }
        return false;
    }

    /** Longest sum of restore times from a scheduled service through its scheduled hard dependents, itself included. */
    Duration chain(String id, Map<String, Duration> memo) {
        Duration known = memo.get(id);
        if (known != null) {
            return known;
        }
        Duration longest = Duration.ZERO;
        for (String dependent : hardDependents(id)) {
            if (up(dependent) != null) {
                Duration c = chain(dependent, memo);
                longest = c.compareTo(longest) > 0 ? c : longest;
            }
        }
        Duration result = restore(id).plus(longest);
        memo.put(id, result);
        return result;
    }

    Map<String, Duration> newMemo() {
        return new HashMap<>();
    }
}
