package com.recoveryworkbench.layout;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Puts the services whose layer the plan forces ({@code Service.layer()}) into that layer of a block ELK
 * laid out without them. ELK Layered cannot take a layer per node with its network-simplex layering
 * (docs/adr/0005-layout-engine.md, "Forced layers"), so this runs after it: layer n is the n-th distinct
 * main coordinate of the laid-out cards, and layers past the last one follow it at the usual pitch.
 * Within its layer a forced card goes as near as it can to the mean cross coordinate of the cards it
 * shares a hard dependency with, without overlapping a card of that layer.
 */
final class ForcedLayers {

    private ForcedLayers() {
    }

    /**
     * @param laid   slots of the services ELK laid out (not changed)
     * @param forced ids of the services with a forced layer, none of them in {@code laid}
     * @return every slot of {@code laid} plus one for each forced service
     */
    static Map<String, Slot> place(Plan plan, Collection<String> forced, Map<String, Slot> laid,
                                   double mainSize, double crossSize) {
        Map<String, Slot> result = new LinkedHashMap<>(laid);
        if (forced.isEmpty()) {
            return result;
        }
        List<Double> starts = layerStarts(laid, mainSize);
        double pitch = mainSize + ElkLayering.LAYER_GAP;
        for (String id : new TreeSet<>(forced)) {
            int layer = plan.service(id).orElseThrow().layer();
            double main = layer <= starts.size() ? starts.get(layer - 1) : beyond(starts, layer, pitch);
            double cross = freeCross(inLayer(result, main, mainSize), wanted(plan, id, result), crossSize);
            result.put(id, new Slot(main, cross));
        }
        return result;
    }

    /** Layers past the last laid-out one follow it at the usual pitch (from 0 when nothing was laid out). */
    private static double beyond(List<Double> starts, int layer, double pitch) {
        double first = starts.isEmpty() ? 0 : starts.get(starts.size() - 1) + pitch;
        return first + (layer - 1 - starts.size()) * pitch;
    }

    /** The main coordinate of each layer, in order; cards whose main extents overlap share a layer. */
    private static List<Double> layerStarts(Map<String, Slot> slots, double mainSize) {
        List<Double> starts = new ArrayList<>();
        for (double main : new TreeSet<>(slots.values().stream().map(Slot::main).toList())) {
            if (starts.isEmpty() || main >= starts.get(starts.size() - 1) + mainSize) {
                starts.add(main);
            }
        }
        return starts;
    }

    private static List<Double> inLayer(Map<String, Slot> slots, double main, double mainSize) {
        return slots.values().stream().filter(s -> Math.abs(s.main() - main) < mainSize).map(Slot::cross).toList();
    }

    /** Mean cross coordinate of the placed cards this one shares a hard dependency with; 0 when none. */
    private static double wanted(Plan plan, String id, Map<String, Slot> placed) {
        double sum = 0;
        int count = 0;
        for (Dependency d : plan.dependencies()) {
            String other = d.from().equals(id) ? d.to() : d.to().equals(id) ? d.from() : null;
            Slot slot = other == null || !d.isHard() ? null : placed.get(other);
            if (slot != null) {
                sum += slot.cross();
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    /** The free cross coordinate nearest to {@code wanted} (the smaller one on a tie). */
    private static double freeCross(List<Double> taken, double wanted, double crossSize) {
        double clearance = crossSize + ElkLayering.NODE_GAP;
        // A hair of tolerance, so a candidate exactly one clearance from a card is not lost to rounding.
        double enough = clearance - 1e-6;
        TreeMap<Double, Double> byDistance = new TreeMap<>();
        List<Double> candidates = new ArrayList<>(List.of(wanted));
        taken.forEach(t -> candidates.addAll(List.of(t - clearance, t + clearance)));
        for (double candidate : candidates) {
            if (taken.stream().allMatch(t -> Math.abs(t - candidate) >= enough)) {
                byDistance.merge(Math.abs(candidate - wanted), candidate, Math::min);
            }
        }
        return byDistance.firstEntry().getValue();
    }
}
