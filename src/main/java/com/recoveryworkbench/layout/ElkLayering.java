package com.recoveryworkbench.layout;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.BoxLayouterOptions;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.core.util.BoxLayoutProvider;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The only class that talks to ELK: runs ELK Layered on a set of services and their hard
 * dependencies, always left to right (the caller turns the frame for other directions), and ELK's box
 * layout to pack blocks of cards.
 *
 * <p>Thread-safe: every call builds its own ELK graph and engine; the meta-data registration that ELK
 * needs outside Eclipse happens once, when this class is initialised.
 */
final class ElkLayering {
    static final double NODE_GAP = 30;
    static final double LAYER_GAP = 60;
    /**
     * Up to this many services, ELK gets its default effort (7 rounds of crossing minimisation) plus the
     * greedy-switch pass; above it, one round, which is about 2.3 times faster on 1,000 services for about
     * 10% more crossings (docs/performance.md, "Layout"). Up to this many, {@link StraightCrossings} also
     * runs after ELK.
     */
    static final int THOROUGH_LIMIT = 300;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private ElkLayering() {
    }

    /**
     * Lays out {@code services} (iterated in a fixed order, which makes ELK deterministic) with the
     * plan's hard dependencies among them. An edge runs from {@code to} to {@code from}, so what must
     * come back first lands in an earlier layer. Soft dependencies never block a restore and do not
     * shape the layout.
     */
    static Map<String, Slot> layout(Plan plan, Collection<String> services, double mainSize, double crossSize) {
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root, services.size());
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        for (String id : services) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setIdentifier(id);
            node.setDimensions(mainSize, crossSize);
            nodes.put(id, node);
        }
        for (Dependency d : plan.dependencies()) {
            ElkNode dependent = nodes.get(d.from());
            ElkNode needed = nodes.get(d.to());
            if (d.isHard() && dependent != null && needed != null && dependent != needed) {
                ElkGraphUtil.createSimpleEdge(needed, dependent);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<String, Slot> slots = new LinkedHashMap<>();
        nodes.forEach((id, node) -> slots.put(id, new Slot(node.getX(), node.getY())));
        return slots;
    }

    /**
     * Packs boxes of the given sizes ({@code main} as width, {@code cross} as height) into rows, in the
     * order given and {@code gap} apart, with ELK's box layout aiming at {@code aspectRatio} (width over
     * height); returns each box's top-left corner, in the same order.
     */
    static List<Slot> box(List<Slot> sizes, double gap, double aspectRatio) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(BoxLayouterOptions.ASPECT_RATIO, aspectRatio);
        root.setProperty(BoxLayouterOptions.SPACING_NODE_NODE, gap);
        root.setProperty(BoxLayouterOptions.PADDING, new ElkPadding(0));
        List<ElkNode> nodes = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setDimensions(sizes.get(i).main(), sizes.get(i).cross());
            // Box layout puts higher priorities first; equal ones it would sort by size.
            node.setProperty(BoxLayouterOptions.PRIORITY, sizes.size() - i);
            nodes.add(node);
        }
        new BoxLayoutProvider().layout(root, new BasicProgressMonitor());
        return nodes.stream().map(n -> new Slot(n.getX(), n.getY())).toList();
    }

    private static void configure(ElkNode root, int size) {
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        // Always left to right: ElkPlanLayout turns the frame for top to bottom (ELK's Direction clashes
        // with ours by name, hence the full name).
        root.setProperty(LayeredOptions.DIRECTION, org.eclipse.elk.core.options.Direction.RIGHT);
        root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.NETWORK_SIMPLEX);
        root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.LAYER_SWEEP);
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
        if (size <= THOROUGH_LIMIT) {
            // A threshold of 0 switches greedy switch on whatever the size (ELK's own limit is 40 nodes).
            root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_ACTIVATION_THRESHOLD, 0);
        } else {
            root.setProperty(LayeredOptions.THOROUGHNESS, 1);
        }
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_GAP);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_GAP);
        // One layering for the whole block: separately packed components would not share layers, and
        // region lanes need every card of a layer at the same main coordinate.
        root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        root.setProperty(LayeredOptions.RANDOM_SEED, 1);
    }
}
