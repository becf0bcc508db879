package com.recoveryworkbench.layout;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keeps the services of one region together: each region gets its own lane, a band across the
 * layers that no other region's card enters, while every card keeps its layer. Within a lane, a layer
 * keeps the order ELK chose (so its crossing minimisation still counts), and lanes are ordered by
 * where ELK put their services on average, which keeps cross-region edges short.
 *
 * <p>Services without a region form a lane of their own. With one region or none, the layout is
 * returned unchanged.
 */
final class RegionLanes {
    static final double LANE_GAP = 2 * ElkLayering.NODE_GAP;

    private RegionLanes() {
    }

    static Map<String, Slot> arrange(Plan plan, Map<String, Slot> slots, double mainSize, double crossSize) {
        Map<String, String> regionOf = new HashMap<>();
        slots.keySet().forEach(id -> regionOf.put(id, plan.service(id).map(Service::region).orElse("")));
        if (new TreeSet<>(regionOf.values()).size() < 2) {
            return slots;
        }
        Map<String, Double> layerMain = layerPositions(slots, mainSize);
        Comparator<String> inLayer = Comparator.comparingDouble((String id) -> slots.get(id).cross())
                .thenComparing(Comparator.naturalOrder());
        Map<String, Map<Double, List<String>>> lanes = new TreeMap<>();
        slots.keySet().stream().sorted(inLayer).forEach(id -> lanes
                .computeIfAbsent(regionOf.get(id), r -> new TreeMap<>())
                .computeIfAbsent(layerMain.get(id), m -> new ArrayList<>())
                .add(id));
        double pitch = crossSize + ElkLayering.NODE_GAP;
        Map<String, Slot> result = new LinkedHashMap<>();
        double laneTop = 0;
        for (String region : laneOrder(lanes.keySet(), regionOf, slots)) {
            Map<Double, List<String>> layers = lanes.get(region);
            int height = layers.values().stream().mapToInt(List::size).max().orElse(0);
            for (Map.Entry<Double, List<String>> layer : layers.entrySet()) {
                List<String> members = layer.getValue();
                // Centre a short layer in its lane, as ELK centres layers in the whole drawing.
                double offset = (height - members.size()) / 2.0;
                for (int rank = 0; rank < members.size(); rank++) {
                    result.put(members.get(rank), new Slot(layer.getKey(), laneTop + (offset + rank) * pitch));
                }
            }
            laneTop += height * pitch - ElkLayering.NODE_GAP + LANE_GAP;
        }
        return result;
    }

    /**
     * The main coordinate of each card's layer. ELK aligns the cards of a layer, but cards whose main
     * extents overlap are merged into one layer anyway, so lanes can never stack two cards that collide.
     */
    private static Map<String, Double> layerPositions(Map<String, Slot> slots, double mainSize) {
        TreeMap<Double, Double> layerStart = new TreeMap<>();
        double current = Double.NEGATIVE_INFINITY;
        for (double main : new TreeSet<>(slots.values().stream().map(Slot::main).toList())) {
            if (main >= current + mainSize) {
                current = main;
            }
            layerStart.put(main, current);
        }
        Map<String, Double> result = new HashMap<>();
        slots.forEach((id, slot) -> result.put(id, layerStart.get(slot.main())));
        return result;
    }

    private static List<String> laneOrder(Iterable<String> regions, Map<String, String> regionOf,
                                          Map<String, Slot> slots) {
        Map<String, double[]> sums = new HashMap<>();
        slots.forEach((id, slot) -> {
            double[] sum = sums.computeIfAbsent(regionOf.get(id), r -> new double[2]);
            sum[0] += slot.cross();
            sum[1]++;
        });
        List<String> order = new ArrayList<>();
        regions.forEach(order::add);
        order.sort(Comparator.comparingDouble((String r) -> sums.get(r)[0] / sums.get(r)[1])
                .thenComparing(Comparator.naturalOrder()));
        return order;
    }
}
