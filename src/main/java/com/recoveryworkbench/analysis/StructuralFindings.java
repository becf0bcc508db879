package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Findings about how the plan is drawn, whatever the schedule: dangling dependencies, missing data,
 * cycles, tier inversions. Missing times and cycles depend on what a scenario takes down; the others
 * are the same in every scenario.
 */
final class StructuralFindings {
    private StructuralFindings() {
    }

    static void unknownDependencies(PlanGraph graph, FindingCollector findings) {
        for (Dependency d : graph.dangling()) {
            int from = graph.indexOf(d.from());
            int to = graph.indexOf(d.to());
            List<String> services = from < 0 && to >= 0 ? List.of(d.from(), d.to()) : List.of(d.from());
            findings.add(new Finding(Severity.ERROR, Finding.RULE_UNKNOWN_DEPENDENCY, services,
                    FindingSentences.unknownDependency(d, from < 0 ? null : graph.service(from),
                            to < 0 ? null : graph.service(to))), from);
        }
    }

    /** The services a scenario restores or fails over without knowing how long that takes. */
    static void missingTimes(PlanGraph graph, ScenarioImpact impact, FindingCollector findings) {
        for (int i = 0; i < graph.size(); i++) {
            if (impact.missingTime(i)) {
                Service s = graph.service(i);
                boolean failover = impact.state(i) == ServiceState.FAILED_OVER;
                findings.add(new Finding(Severity.WARNING, failover ? Finding.RULE_MISSING_FAILOVER_TIME
                        : Finding.RULE_MISSING_RESTORE_TIME, List.of(s.id()),
                        failover ? FindingSentences.missingFailoverTime(s) : FindingSentences.missingRestoreTime(s)), i);
            }
        }
    }

    /** Services: the members, then the blocked dependents, each sorted by id. */
    static void cycles(PlanGraph graph, List<Cycle> cycles, FindingCollector findings) {
        for (Cycle cycle : cycles) {
            List<String> services = new ArrayList<>();
            List<String> loop = new ArrayList<>();
            List<String> otherMembers = new ArrayList<>();
            List<String> dependents = new ArrayList<>();
            Set<Integer> onLoop = new HashSet<>(cycle.loop());
            for (int m : cycle.members()) {
                services.add(graph.id(m));
                if (!onLoop.contains(m)) {
                    otherMembers.add(graph.name(m));
                }
            }
            for (int step : cycle.loop()) {
                loop.add(graph.name(step));
            }
            for (int d : cycle.dependents()) {
                services.add(graph.id(d));
                dependents.add(graph.name(d));
            }
            findings.add(new Finding(Severity.ERROR, Finding.RULE_CYCLE, services,
                    FindingSentences.cycle(loop, otherMembers, dependents)), cycle.members()[0]);
        }
    }

    /**
     * A hard dependency on a service with a longer RTO target than the dependent's own. Those of one
     * dependent are added in message order, the order findings are listed in.
     */
    static void tierInversions(PlanGraph graph, Targets targets, FindingCollector findings) {
        List<Finding> ofOne = new ArrayList<>();
        for (int i = 0; i < graph.size(); i++) {
            Duration rto = targets.rto(i);
            if (rto == null) {
                continue;
            }
            ofOne.clear();
            for (int d : graph.hardDependencies(i)) {
                Duration dependencyRto = targets.rto(d);
                if (dependencyRto != null && dependencyRto.compareTo(rto) > 0) {
                    ofOne.add(new Finding(Severity.WARNING, Finding.RULE_TIER_INVERSION,
                            List.of(graph.id(i), graph.id(d)),
                            FindingSentences.tierInversion(graph.service(i), rto, graph.service(d), dependencyRto)));
                }
            }
            ofOne.sort(Comparator.comparing(Finding::message));
            for (Finding f : ofOne) {
                findings.add(f, i);
            }
        }
    }
}
