package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Settings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Applies the recovery rules to a plan, for one scenario or all of them: what the scenario takes
 * down, restore order, waves, up times, targets, RTO and RPO verdicts, cycles and the other findings
 * (docs/recovery-rules.md has the rules with worked examples, docs/design.md the overview). Stateless
 * and thread-safe; the same plan and scenario always give an equal {@link Analysis}. Arguments must not
 * be {@code null}. A plan with cycles, dangling dependencies or missing data is still
 * analysed as far as it can be; what is missing becomes findings, never an exception.
 *
 * <p>Choices the model leaves open:
 * <ul>
 *   <li>A missing restore time counts as zero, so its dependents still get (possibly optimistic) up
 *       times; the service itself is {@link Verdict#INCOMPLETE}, unless the up time counted that way
 *       already misses its target: that miss is certain, so it is {@link Verdict#MISSED}, and the
 *       finding says "up after at least" and names the services without a restore time.</li>
 *   <li>With limited restore capacity, a service with a zero restore time takes no slot: it is up the
 *       moment it is ready, even while every slot is busy. Waves stay structural.</li>
 *   <li>An {@code rto-miss} message names the chain that causes it; a chain of more than eight steps
 *       keeps its first three and last four and sums up the middle ("(24 more steps, 9h12m)"). The
 *       finding's services and {@link ServiceResult#criticalPath()} hold the whole chain.</li>
 *   <li>An unknown backup interval or replication lag leaves the achievable RPO unbounded; an unknown
 *       backup transfer time counts as zero. The RPO of a blocked service is still judged.</li>
 *   <li>A missing failover time counts as zero too, and leaves the failed-over service
 *       {@link Verdict#INCOMPLETE}.</li>
 * </ul>
 */
public final class RecoveryAnalyzer {

    /** The plan's own analysis: everything lost at once, the built-in total scenario. */
    public Analysis analyze(Plan plan) {
        return analyze(plan, plan.totalScenario());
    }

    /**
     * The analysis of one scenario, which need not be one of the plan's (a question asked once, from
     * the command line): what it takes down, in what order it comes back, and against which targets.
     */
    public Analysis analyze(Plan plan, Scenario scenario) {
        return analyze(PlanStructure.of(plan), scenario);
    }

    /**
     * The analyses of every scenario of the plan, the total one among them. The graph, targets and
     * the findings that no scenario changes are worked out once and shared.
     */
    public ScenarioAnalyses analyzeAll(Plan plan) {
        PlanStructure structure = PlanStructure.of(plan);
        List<Analysis> analyses = new ArrayList<>();
        for (Scenario scenario : plan.scenarios()) {
            analyses.add(analyze(structure, scenario));
        }
        return new ScenarioAnalyses(analyses);
    }

    private static Analysis analyze(PlanStructure structure, Scenario scenario) {
        ScenarioImpact impact = ScenarioImpact.of(structure.graph(), scenario);
        PlanGraph graph = impact.graph();
        FindingCollector findings = structure.findingsFor(scenario.id());
        StructuralFindings.missingTimes(graph, impact, findings);

        int[] order = downOnly(TopologicalOrder.of(graph), impact);
        boolean[] blocked = blocked(impact, order);
        List<Cycle> cycles = order.length == impact.downCount() ? List.of() : CycleFinder.find(graph, blocked);
        StructuralFindings.cycles(graph, cycles, findings);

        Settings settings = structure.plan().settings();
        Duration delay = scenario.declarationDelayOr(settings.declarationDelay());
        long[] seconds = impact.seconds();
        Schedule schedule = settings.capacityLimited()
                ? CapacityScheduler.schedule(graph, order, blocked, seconds, delay.getSeconds(),
                        settings.restoreCapacity(), structure.targets())
                : UnlimitedScheduler.schedule(graph, order, seconds, delay.getSeconds());
        CriticalPaths paths = CriticalPaths.of(graph, order, schedule, seconds);
        ServiceVerdicts verdicts = new ServiceVerdicts(graph, schedule, Waves.of(graph, order), structure.targets(),
                paths, delay, findings, impact);
        List<ServiceResult> results = new ArrayList<>(graph.size());
        for (int i = 0; i < graph.size(); i++) {
            results.add(verdicts.result(i));
        }
        return new Analysis(scenario, graph.ids(), results, findings.sorted(), memberIds(graph, cycles),
                graph.dependents(), SlotWaits.of(graph, schedule, seconds));
    }

    /** The topological order without the services the scenario leaves running, which have nothing to schedule. */
    private static int[] downOnly(int[] order, ScenarioImpact impact) {
        if (impact.downCount() == order.length && order.length == impact.graph().size()) {
            return order;
        }
        return Arrays.stream(order).filter(impact::isDown).toArray();
    }

    /** Blocked: down, but left out of the topological order, so in a cycle or hard-depending on one. */
    private static boolean[] blocked(ScenarioImpact impact, int[] order) {
        boolean[] blocked = new boolean[impact.graph().size()];
        for (int i = 0; i < blocked.length; i++) {
            blocked[i] = impact.isDown(i);
        }
        for (int i : order) {
            blocked[i] = false;
        }
        return blocked;
    }

    private static List<List<String>> memberIds(PlanGraph graph, List<Cycle> cycles) {
        List<List<String>> ids = new ArrayList<>(cycles.size());
        for (Cycle cycle : cycles) {
            ids.add(Arrays.stream(cycle.members()).mapToObj(graph::id).toList());
        }
        return ids;
    }
}
