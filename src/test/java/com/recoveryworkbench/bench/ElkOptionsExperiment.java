package com.recoveryworkbench.bench;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.GreedySwitchType;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.NodePromotionStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Tries ELK Layered settings one at a time on the layout benchmark's plans and prints the crossings
 * ({@link EdgeCrossings}, deterministic) and the CPU time of one layout (noisy on a shared machine), for
 * the "what was tried" table of {@code docs/performance.md}. Each setting is applied on top of the
 * production configuration of {@code ElkLayering} above 300 services. Run:
 * {@code mvn -B -P bench test-compile exec:exec -Dbench.main=com.recoveryworkbench.bench.ElkOptionsExperiment
 * -Dbench.args="1000 base t7 ..."} (no setting names: all of them).
 */
public final class ElkOptionsExperiment {
    private static final double WIDTH = 180;
    private static final double HEIGHT = 72;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Map<String, Consumer<ElkNode>> SETTINGS = new LinkedHashMap<>();

    static {
        SETTINGS.put("base", root -> { });
        SETTINGS.put("t7", root -> root.setProperty(LayeredOptions.THOROUGHNESS, 7));
        SETTINGS.put("t20", root -> root.setProperty(LayeredOptions.THOROUGHNESS, 20));
        SETTINGS.put("gs-one", root -> greedy(root, GreedySwitchType.ONE_SIDED));
        SETTINGS.put("gs-two", root -> greedy(root, GreedySwitchType.TWO_SIDED));
        SETTINGS.put("median", root -> root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY,
                CrossingMinimizationStrategy.MEDIAN_LAYER_SWEEP));
        SETTINGS.put("order-nodes-edges", root -> root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY,
                OrderingStrategy.NODES_AND_EDGES));
        SETTINGS.put("order-prefer-edges", root -> root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY,
                OrderingStrategy.PREFER_EDGES));
        SETTINGS.put("order-prefer-nodes", root -> root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY,
                OrderingStrategy.PREFER_NODES));
        SETTINGS.put("place-ns", root -> root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY,
                NodePlacementStrategy.NETWORK_SIMPLEX));
        SETTINGS.put("place-linear", root -> root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY,
                NodePlacementStrategy.LINEAR_SEGMENTS));
        SETTINGS.put("place-simple", root -> root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY,
                NodePlacementStrategy.SIMPLE));
        SETTINGS.put("components", root -> root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, true));
        SETTINGS.put("polyline", root -> root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.POLYLINE));
        SETTINGS.put("promotion", root -> root.setProperty(LayeredOptions.LAYERING_NODE_PROMOTION_STRATEGY,
                NodePromotionStrategy.NIKOLOV));
        SETTINGS.put("longest-path", root -> root.setProperty(LayeredOptions.LAYERING_STRATEGY,
                LayeringStrategy.LONGEST_PATH));
    }

    private ElkOptionsExperiment() {
    }

    private static void greedy(ElkNode root, GreedySwitchType type) {
        root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_ACTIVATION_THRESHOLD, 0);
        root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, type);
    }

    public static void main(String[] args) throws Exception {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        int n = Integer.parseInt(args[0]);
        // JIT warm-up, so the first setting is not charged for compiling ELK.
        Plan warmUp = LayoutBenchPlans.acyclic(1000, 43, 0.5);
        for (int i = 0; i < 3; i++) {
            run(warmUp, "base");
        }
        for (double local : new double[] {0.5, 0.9}) {
            System.out.printf("%s %,d: %s%n", local == 0.5 ? "mixed" : "clustered", n,
                    components(LayoutBenchPlans.acyclic(n, 42, local)));
        }
        String[] names = args.length > 1 ? Arrays.copyOfRange(args, 1, args.length)
                : SETTINGS.keySet().toArray(String[]::new);
        for (String name : names) {
            for (double local : new double[] {0.5, 0.9}) {
                Plan plan = LayoutBenchPlans.acyclic(n, 42, local);
                String[] line = new String[1];
                // A large stack: network-simplex node placement recurses deeply on big graphs.
                Thread worker = new Thread(null, () -> line[0] = run(plan, name), "elk", 1L << 30);
                worker.start();
                worker.join();
                System.out.printf("| %s | %s | %,d | %s |%n", name, local == 0.5 ? "mixed" : "clustered", n, line[0]);
            }
        }
    }

    /** "N components, largest M services", counting hard dependencies in either direction. */
    private static String components(Plan plan) {
        Map<String, String> parent = new HashMap<>();
        plan.services().forEach(s -> parent.put(s.id(), s.id()));
        for (Dependency d : plan.dependencies()) {
            parent.put(root(parent, d.from()), root(parent, d.to()));
        }
        Map<String, Integer> sizes = new HashMap<>();
        parent.keySet().forEach(id -> sizes.merge(root(parent, id), 1, Integer::sum));
        return sizes.size() + " components, largest " + sizes.values().stream().mapToInt(i -> i).max().orElse(0)
                + " services";
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    private static String run(Plan plan, String name) {
        try {
            long cpu = THREADS.getCurrentThreadCpuTime();
            Map<String, double[]> centres = layout(plan, name);
            long ms = (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            return String.format("%,d ms | %,d", ms, EdgeCrossings.count(plan, centres));
        } catch (StackOverflowError e) {
            return "stack overflow | -";
        }
    }

    private static Map<String, double[]> layout(Plan plan, String name) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(LayeredOptions.DIRECTION, org.eclipse.elk.core.options.Direction.RIGHT);
        root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.NETWORK_SIMPLEX);
        root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.LAYER_SWEEP);
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
        root.setProperty(LayeredOptions.THOROUGHNESS, 1);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 30.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 60.0);
        root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        root.setProperty(LayeredOptions.RANDOM_SEED, 1);
        for (String part : name.split("\\+")) {
            SETTINGS.get(part).accept(root);
        }
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        for (Service s : plan.services()) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setDimensions(WIDTH, HEIGHT);
            nodes.put(s.id(), node);
        }
        for (Dependency d : plan.dependencies()) {
            if (d.isHard()) {
                ElkGraphUtil.createSimpleEdge(nodes.get(d.to()), nodes.get(d.from()));
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<String, double[]> centres = new HashMap<>();
        nodes.forEach((id, node) -> centres.put(id,
                new double[] {node.getX() + WIDTH / 2, node.getY() + HEIGHT / 2}));
        return centres;
    }
}
