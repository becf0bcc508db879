package com.recoveryworkbench.bench;

import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.layout.Direction;
import com.recoveryworkbench.layout.ElkPlanLayout;
import com.recoveryworkbench.layout.LayoutRequest;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * What Arrange could do with regions on the two-region sample, for the "Layout" section of
 * {@code docs/performance.md}: the hand layout, the lanes of ADR 5, the blocks of ADR 19, and two ELK
 * features tried for the same goal (compound nodes laid out together, and partitioning by region).
 * Prints each one's fit zoom on a 1400 x 875 canvas (40 px margins), its aspect ratio and its crossings
 * ({@link EdgeCrossings}). Run: {@code mvn -B -P bench test-compile exec:exec
 * -Dbench.main=com.recoveryworkbench.bench.ArrangeShapeExperiment}.
 */
public final class ArrangeShapeExperiment {
    private static final double WIDTH = 200;
    private static final double HEIGHT = 90;
    private static final double CANVAS_WIDTH = 1400;
    private static final double CANVAS_HEIGHT = 875;

    private ArrangeShapeExperiment() {
    }

    public static void main(String[] args) throws Exception {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        Plan plan = new PlanReader().read(Path.of("assets/samples/two-region-commerce.rplan.json")).plan();
        Map<String, double[]> hand = new HashMap<>();
        plan.services().forEach(s -> hand.put(s.id(), new double[] {s.position().x(), s.position().y()}));
        report("hand layout", plan, hand);
        report("lanes (ADR 5)", plan, ours(plan, 0));
        report("blocks packed to the canvas (ADR 19)", plan, ours(plan, CANVAS_WIDTH / CANVAS_HEIGHT));
        report("ELK compound nodes, INCLUDE_CHILDREN", plan, elk(plan, root -> {
            root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
            return true;
        }));
        report("ELK compound nodes, SEPARATE_CHILDREN", plan, elk(plan, root -> true));
        report("ELK partitioning by region (flat)", plan, elk(plan, root -> false));
    }

    private static Map<String, double[]> ours(Plan plan, double aspect) {
        Map<String, double[]> p = new HashMap<>();
        new ElkPlanLayout().arrange(new LayoutRequest(plan, null, null, Direction.LEFT_TO_RIGHT, WIDTH, HEIGHT, aspect))
                .applyTo(plan).services().forEach(s -> p.put(s.id(), new double[] {s.position().x(), s.position().y()}));
        return p;
    }

    /**
     * ELK Layered left to right with every hard dependency; {@code configure} sets the root up and says
     * whether each region is a compound node (else the graph is flat and partitioned by region).
     */
    private static Map<String, double[]> elk(Plan plan, Function<ElkNode, Boolean> configure) {
        ElkNode root = ElkGraphUtil.createGraph();
        layered(root);
        boolean compound = configure.apply(root);
        if (!compound) {
            root.setProperty(LayeredOptions.PARTITIONING_ACTIVATE, true);
        }
        Map<String, ElkNode> regions = new TreeMap<>();
        Map<String, Integer> partition = new TreeMap<>();
        plan.services().forEach(s -> partition.putIfAbsent(s.region(), partition.size()));
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        for (Service s : plan.services()) {
            ElkNode parent = root;
            if (compound) {
                parent = regions.computeIfAbsent(s.region(), r -> {
                    ElkNode region = ElkGraphUtil.createNode(root);
                    layered(region);
                    region.setProperty(CoreOptions.PADDING, new ElkPadding(56, 12, 12, 12));
                    return region;
                });
            }
            ElkNode node = ElkGraphUtil.createNode(parent);
            node.setDimensions(WIDTH, HEIGHT);
            if (!compound) {
                node.setProperty(LayeredOptions.PARTITIONING_PARTITION, partition.get(s.region()));
            }
            nodes.put(s.id(), node);
        }
        for (Dependency d : plan.dependencies()) {
            if (d.isHard()) {
                ElkGraphUtil.createSimpleEdge(nodes.get(d.to()), nodes.get(d.from()));
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<String, double[]> p = new HashMap<>();
        nodes.forEach((id, node) -> {
            double x = node.getX();
            double y = node.getY();
            for (ElkNode parent = node.getParent(); parent != root; parent = parent.getParent()) {
                x += parent.getX();
                y += parent.getY();
            }
            p.put(id, new double[] {x, y});
        });
        return p;
    }

    private static void layered(ElkNode node) {
        node.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        node.setProperty(LayeredOptions.DIRECTION, org.eclipse.elk.core.options.Direction.RIGHT);
        node.setProperty(LayeredOptions.SPACING_NODE_NODE, 30.0);
        node.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 60.0);
        node.setProperty(LayeredOptions.RANDOM_SEED, 1);
    }

    private static void report(String name, Plan plan, Map<String, double[]> corners) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        Map<String, double[]> centres = new HashMap<>();
        for (Map.Entry<String, double[]> e : corners.entrySet()) {
            double[] c = e.getValue();
            minX = Math.min(minX, c[0]);
            minY = Math.min(minY, c[1]);
            maxX = Math.max(maxX, c[0] + WIDTH);
            maxY = Math.max(maxY, c[1] + HEIGHT);
            centres.put(e.getKey(), new double[] {c[0] + WIDTH / 2, c[1] + HEIGHT / 2});
        }
        double w = maxX - minX;
        double h = maxY - minY;
        double fit = Math.min((CANVAS_WIDTH - 80) / w, (CANVAS_HEIGHT - 80) / h);
        System.out.printf("%-42s fit %4.0f%%  %5.0f x %5.0f (aspect %.2f, canvas %.2f)  crossings %d%n", name,
                fit * 100, w, h, w / h, CANVAS_WIDTH / CANVAS_HEIGHT, EdgeCrossings.count(plan, centres));
    }
}
