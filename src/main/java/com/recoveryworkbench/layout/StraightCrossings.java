package com.recoveryworkbench.layout;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lowers the crossings the canvas actually shows. ELK minimises crossings of edges routed through a dummy
 * node in every layer they pass, but the canvas draws each dependency as one straight line between two
 * cards. This pass swaps two neighbouring cards of a layer (they trade cross coordinates) whenever that
 * lowers the crossings of those straight lines, sweeping the layers a few times (the "transpose"
 * heuristic of Graphviz dot, on straight lines). Layers are untouched, so every dependency keeps its
 * direction. Quadratic in the dependencies, hence only for workshop-sized plans (docs/performance.md).
 */
final class StraightCrossings {
    static final int PASSES = 4;

    private StraightCrossings() {
    }

    /** {@code slots} with neighbours swapped where it removes crossings; the same map when nothing improves. */
    static Map<String, Slot> reduce(Plan plan, Map<String, Slot> slots) {
        List<String> ids = new ArrayList<>(slots.keySet());
        Map<String, Integer> index = new HashMap<>();
        double[] main = new double[ids.size()];
        double[] cross = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
            main[i] = slots.get(ids.get(i)).main();
            cross[i] = slots.get(ids.get(i)).cross();
        }
        List<int[]> edges = new ArrayList<>();
        List<List<int[]>> incident = new ArrayList<>();
        ids.forEach(id -> incident.add(new ArrayList<>()));
        for (Dependency d : plan.dependencies()) {
            Integer a = index.get(d.from());
            Integer b = index.get(d.to());
            if (d.isHard() && a != null && b != null && !a.equals(b)) {
                int[] edge = {a, b};
                edges.add(edge);
                incident.get(a).add(edge);
                incident.get(b).add(edge);
            }
        }
        Sweep sweep = new Sweep(main, cross, edges, incident);
        if (!sweep.run(layers(main, cross))) {
            return slots;
        }
        Map<String, Slot> result = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            result.put(ids.get(i), new Slot(main[i], cross[i]));
        }
        return result;
    }

    /** Card indices per layer (same main coordinate), each layer ordered across. */
    private static List<List<Integer>> layers(double[] main, double[] cross) {
        TreeMap<Double, List<Integer>> byMain = new TreeMap<>();
        for (int i = 0; i < main.length; i++) {
            byMain.computeIfAbsent(main[i], m -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> layers = new ArrayList<>(byMain.values());
        layers.forEach(layer -> layer.sort(Comparator.comparingDouble((Integer i) -> cross[i])));
        return layers;
    }

    private record Sweep(double[] main, double[] cross, List<int[]> edges, List<List<int[]>> incident) {

        /** @return whether any swap was made */
        boolean run(List<List<Integer>> layers) {
            boolean changed = false;
            for (int pass = 0; pass < PASSES; pass++) {
                boolean swapped = false;
                for (List<Integer> layer : layers) {
                    for (int k = 0; k + 1 < layer.size(); k++) {
                        int a = layer.get(k);
                        int b = layer.get(k + 1);
                        long before = crossingsAt(a, b);
                        swap(a, b);
                        if (crossingsAt(a, b) < before) {
                            layer.set(k, b);
                            layer.set(k + 1, a);
                            swapped = true;
                        } else {
                            swap(a, b);
                        }
                    }
                }
                changed |= swapped;
                if (!swapped) {
                    break;
                }
            }
            return changed;
        }

        private void swap(int a, int b) {
            double t = cross[a];
            cross[a] = cross[b];
            cross[b] = t;
        }

        /** Crossings between the lines of cards a or b and every other line (a line of both counts twice: harmless). */
        private long crossingsAt(int a, int b) {
            return crossingsOf(incident.get(a)) + crossingsOf(incident.get(b));
        }

        private long crossingsOf(List<int[]> lines) {
            long count = 0;
            for (int[] e : lines) {
                double lo = Math.min(main[e[0]], main[e[1]]);
                double hi = Math.max(main[e[0]], main[e[1]]);
                for (int[] f : edges) {
                    if (f[0] == e[0] || f[0] == e[1] || f[1] == e[0] || f[1] == e[1]
                            || Math.max(main[f[0]], main[f[1]]) <= lo || Math.min(main[f[0]], main[f[1]]) >= hi) {
                        continue;
                    }
                    if (cross(e, f)) {
                        count++;
                    }
                }
            }
            return count;
        }

        /** Whether the straight lines e and f cross at a point inside both. */
        private boolean cross(int[] e, int[] f) {
            return side(e, f[0]) * side(e, f[1]) < 0 && side(f, e[0]) * side(f, e[1]) < 0;
        }

        private double side(int[] line, int point) {
            int p = line[0];
            int q = line[1];
            return Math.signum((main[q] - main[p]) * (cross[point] - cross[p])
                    - (cross[q] - cross[p]) * (main[point] - main[p]));
        }
    }
}
