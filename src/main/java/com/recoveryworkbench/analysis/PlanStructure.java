package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.Plan;

/**
 * What every scenario of one plan shares, worked out once: the graph, the targets, and the findings
 * about how the plan is drawn that no scenario changes (dangling dependencies, unknown tiers, tier
 * inversions). Read-only after construction, so scenarios may be analysed from it one after another.
 */
final class PlanStructure {
    private final Plan plan;
    private final PlanGraph graph;
    private final Targets targets;
    private final FindingCollector findings;

    private PlanStructure(Plan plan, PlanGraph graph, Targets targets, FindingCollector findings) {
        this.plan = plan;
        this.graph = graph;
        this.targets = targets;
        this.findings = findings;
    }

    static PlanStructure of(Plan plan) {
        PlanGraph graph = PlanGraph.of(plan);
        FindingCollector findings = new FindingCollector();
        StructuralFindings.unknownDependencies(graph, findings);
        Targets targets = Targets.of(plan, graph, findings);
        StructuralFindings.tierInversions(graph, targets, findings);
        return new PlanStructure(plan, graph, targets, findings);
    }

    Plan plan() {
        return plan;
    }

    PlanGraph graph() {
        return graph;
    }

    Targets targets() {
        return targets;
    }

    /** A new collector for one scenario, starting with the findings every scenario shares. */
    FindingCollector findingsFor(String scenarioId) {
        return findings.copyFor(scenarioId);
    }
}
