package com.recoveryworkbench.bench;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.testplans.RandomPlans;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times {@link RecoveryAnalyzer#analyze} on seeded random acyclic plans (1,000 and 10,000 services,
 * 3 hard dependencies each) against a floor: a bare JGraphT topological sort of the same hard
 * dependencies, alone on a graph built beforehand, and together with building that graph from the
 * plan. Prints median and 90th percentile of each after a warm-up, as wall-clock time and as CPU
 * time of the measuring thread: on a shared machine the wall clock also counts the time the thread
 * waited for a core, so the load average is printed too.
 *
 * <p>Run with {@code mvn -B -P bench test-compile exec:exec}. Arguments (optional): timed runs per
 * figure (default 41), then plan sizes (default 1000 10000).
 */
public final class AnalysisBenchmark {
    private static final int DEPS_PER_SERVICE = 3;
    private static final long SEED = 20_240_611L;
    /** Warm-up runs at the least (see {@link PlanTiming}). */
    private static final int MIN_WARM_UPS = 50;

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 41;
        int[] sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {1_000, 10_000};
        System.out.printf(Locale.ROOT, "Recovery analysis benchmark: %d hard dependencies per service, %d timed runs,"
                + " Java %s, %d cores, load average %.1f%n", DEPS_PER_SERVICE, runs, Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int size : sizes) {
            measure(RandomPlans.generate(size, DEPS_PER_SERVICE, SEED), runs);
        }
        System.out.println("(checksum " + PlanTiming.checksum() + ")");
    }

    private static void measure(Plan plan, int runs) {
        RecoveryAnalyzer analyzer = new RecoveryAnalyzer();
        Plan limited = plan.withSettings(plan.settings().withRestoreCapacity(8));
        Graph<String, DefaultEdge> graph = hardDependencyGraph(plan);
        Analysis sample = analyzer.analyze(plan);
        System.out.printf(Locale.ROOT, "%n%,d services, %,d dependencies; %d waves, makespan %s, %,d findings%n",
                plan.serviceCount(), plan.dependencies().size(), sample.waves().size(), sample.makespan(),
                sample.findings().size());

        PlanTiming floor = PlanTiming.of(runs, MIN_WARM_UPS, p -> topologicalSort(graph), plan);
        PlanTiming buildAndSort = PlanTiming.of(runs, MIN_WARM_UPS, p -> topologicalSort(hardDependencyGraph(p)), plan);
        PlanTiming unlimited = PlanTiming.of(runs, MIN_WARM_UPS, p -> analyzer.analyze(p).summary().errors(), plan);
        PlanTiming capacity = PlanTiming.of(runs, MIN_WARM_UPS, p -> analyzer.analyze(p).summary().errors(), limited);

        print("JGraphT topological sort (graph built beforehand)", floor);
        print("JGraphT graph build + topological sort", buildAndSort);
        print("full analysis, unlimited capacity", unlimited);
        print("full analysis, restore capacity 8", capacity);
        System.out.printf(Locale.ROOT, "  ratio of medians, full analysis / topological sort: wall %.1fx, cpu %.1fx;"
                        + " full analysis / (build + sort): wall %.1fx, cpu %.1fx%n",
                unlimited.wall().median() / floor.wall().median(), unlimited.cpu().median() / floor.cpu().median(),
                unlimited.wall().median() / buildAndSort.wall().median(),
                unlimited.cpu().median() / buildAndSort.cpu().median());
    }

    /** Edges point from a dependency to its dependent, so the order lists what must be up first. */
    private static Graph<String, DefaultEdge> hardDependencyGraph(Plan plan) {
        Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (Service s : plan.services()) {
            graph.addVertex(s.id());
        }
        for (Dependency d : plan.dependencies()) {
            if (d.isHard() && graph.containsVertex(d.to()) && graph.containsVertex(d.from())) {
                graph.addEdge(d.to(), d.from());
            }
        }
        return graph;
    }

    private static long topologicalSort(Graph<String, DefaultEdge> graph) {
        long count = 0;
        for (var it = new TopologicalOrderIterator<>(graph); it.hasNext(); it.next()) {
            count++;
        }
        return count;
    }

    private static void print(String what, PlanTiming timing) {
        System.out.printf(Locale.ROOT, "  %-50s wall median %7.2f ms p90 %7.2f ms | cpu median %7.2f ms p90 %7.2f ms%n",
                what, timing.wall().median(), timing.wall().p90(), timing.cpu().median(), timing.cpu().p90());
    }
}
