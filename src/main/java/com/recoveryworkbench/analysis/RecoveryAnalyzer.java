package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Applies the recovery model of DESIGN.md to a plan: restore order, waves, up times, targets, RTO
 * and RPO verdicts, cycles and the other findings. Stateless and thread-safe; the same plan always
 * gives an equal {@link Analysis}. A plan with cycles, dangling dependencies or missing data is still
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
 * </ul>
 */
public final class RecoveryAnalyzer {

    public Analysis analyze(Plan plan) {
        PlanGraph graph = PlanGraph.of(plan);
        FindingCollector findings = new FindingCollector();
        StructuralFindings.unknownDependencies(graph, findings);
        StructuralFindings.missingRestoreTimes(graph, findings);
        Targets targets = Targets.of(plan, graph, findings);
        StructuralFindings.tierInversions(graph, targets, findings);

        int[] order = TopologicalOrder.of(graph);
        boolean[] blocked = blocked(graph, order);
        List<Cycle> cycles = order.length == graph.size() ? List.of() : CycleFinder.find(graph, blocked);
        StructuralFindings.cycles(graph, cycles, findings);

        long[] restore = restoreSeconds(graph);
        Schedule schedule = schedule(plan.settings(), graph, order, blocked, restore, targets);
        CriticalPaths paths = CriticalPaths.of(graph, order, schedule, restore);
        ServiceVerdicts verdicts = new ServiceVerdicts(graph, schedule, Waves.of(graph, order), targets, paths,
                plan.settings().declarationDelay(), findings);
        List<ServiceResult> results = new ArrayList<>(graph.size());
        for (int i = 0; i < graph.size(); i++) {
            results.add(verdicts.result(i));
        }
        return new Analysis(graph.ids(), results, findings.sorted(), memberIds(graph, cycles), graph.dependents(),
                SlotWaits.of(graph, schedule, restore));
    }

    /** Restore times in seconds; a missing one counts as zero. */
    private static long[] restoreSeconds(PlanGraph graph) {
        long[] restore = new long[graph.size()];
        for (int i = 0; i < graph.size(); i++) {
            var time = graph.service(i).restoreTime();
            restore[i] = time == null ? 0 : time.getSeconds();
        }
        return restore;
    }

    private static Schedule schedule(Settings settings, PlanGraph graph, int[] order, boolean[] blocked,
                                     long[] restore, Targets targets) {
        long delay = settings.declarationDelay().getSeconds();
        return settings.capacityLimited()
                ? CapacityScheduler.schedule(graph, order, blocked, restore, delay, settings.restoreCapacity(), targets)
                : UnlimitedScheduler.schedule(graph, order, restore, delay);
    }

    /** Blocked: left out of the topological order, so in a cycle or hard-depending on one. */
    private static boolean[] blocked(PlanGraph graph, int[] order) {
        boolean[] blocked = new boolean[graph.size()];
        Arrays.fill(blocked, true);
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
