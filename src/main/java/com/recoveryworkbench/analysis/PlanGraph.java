package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The services of a plan and the dependencies between existing services as int-indexed adjacency
 * arrays. Index {@code i} is the position of a service in id order, so "smallest index" means
 * "smallest id" and every adjacency array is ascending. Dependencies that name a service the plan
 * does not have are set aside in {@link #dangling()}. Built once per analysis; never changed after.
 */
final class PlanGraph {
    private static final int[] NONE = new int[0];

    private final String[] ids;
    private final Service[] services;
    private final int[][] hardDependencies;
    private final int[][] hardDependents;
    private final int[][] dependents;
    private final List<Dependency> dangling;

    private PlanGraph(String[] ids, Service[] services, int[][] hardDependencies, int[][] hardDependents,
                      int[][] dependents, List<Dependency> dangling) {
        this.ids = ids;
        this.services = services;
        this.hardDependencies = hardDependencies;
        this.hardDependents = hardDependents;
        this.dependents = dependents;
        this.dangling = dangling;
    }

    static PlanGraph of(Plan plan) {
        Service[] services = plan.services().toArray(new Service[0]);
        String[] ids = new String[services.length];
        Map<String, Integer> index = new HashMap<>(services.length * 2);
        for (int i = 0; i < services.length; i++) {
            ids[i] = services[i].id();
            index.put(ids[i], i);
        }
        // The plan lists dependencies sorted by (from, to), so each array below fills in ascending order.
        List<Dependency> all = plan.dependencies();
        int[] from = new int[all.size()];
        int[] to = new int[all.size()];
        int[] hardOut = new int[ids.length];
        int[] hardIn = new int[ids.length];
        int[] anyIn = new int[ids.length];
        List<Dependency> dangling = new ArrayList<>();
        for (int e = 0; e < all.size(); e++) {
            Dependency d = all.get(e);
            from[e] = index.getOrDefault(d.from(), -1);
            to[e] = index.getOrDefault(d.to(), -1);
            if (from[e] < 0 || to[e] < 0) {
                dangling.add(d);
                continue;
            }
            if (d.isHard()) {
                hardOut[from[e]]++;
                hardIn[to[e]]++;
            }
            if (from[e] != to[e]) {
                anyIn[to[e]]++;
            }
        }
        int[][] hardDependencies = allocate(hardOut);
        int[][] hardDependents = allocate(hardIn);
        int[][] dependents = allocate(anyIn);
        // The counts now serve as fill cursors.
        Arrays.fill(hardOut, 0);
        Arrays.fill(hardIn, 0);
        Arrays.fill(anyIn, 0);
        for (int e = 0; e < all.size(); e++) {
            int f = from[e];
            int t = to[e];
            if (f < 0 || t < 0) {
                continue;
            }
            if (all.get(e).isHard()) {
                hardDependencies[f][hardOut[f]++] = t;
                hardDependents[t][hardIn[t]++] = f;
            }
            if (f != t) {
                dependents[t][anyIn[t]++] = f;
            }
        }
        return new PlanGraph(ids, services, hardDependencies, hardDependents, dependents, List.copyOf(dangling));
    }

    /**
     * The same services with only the hard dependencies between services {@code kept}: what a
     * scenario still has to schedule. A service that is not kept has no hard dependencies and no hard
     * dependents here; soft dependents and dangling dependencies stay as they are.
     */
    PlanGraph restrictedTo(boolean[] kept) {
        int n = ids.length;
        int[][] dependencies = new int[n][];
        int[][] hardDependentsKept = new int[n][];
        for (int i = 0; i < n; i++) {
            dependencies[i] = kept[i] ? keptOf(hardDependencies[i], kept) : NONE;
            hardDependentsKept[i] = kept[i] ? keptOf(hardDependents[i], kept) : NONE;
        }
        return new PlanGraph(ids, services, dependencies, hardDependentsKept, dependents, dangling);
    }

    private static int[] keptOf(int[] all, boolean[] kept) {
        int count = 0;
        for (int j : all) {
            count += kept[j] ? 1 : 0;
        }
        if (count == all.length) {
            return all;
        }
        int[] some = count == 0 ? NONE : new int[count];
        int k = 0;
        for (int j : all) {
            if (kept[j]) {
                some[k++] = j;
            }
        }
        return some;
    }

    private static int[][] allocate(int[] sizes) {
        int[][] lists = new int[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            lists[i] = sizes[i] == 0 ? NONE : new int[sizes[i]];
        }
        return lists;
    }

    int size() {
        return ids.length;
    }

    String id(int i) {
        return ids[i];
    }

    /** The index of a service id, or a negative number when the plan has no such service. */
    int indexOf(String id) {
        return Arrays.binarySearch(ids, id);
    }

    Service service(int i) {
        return services[i];
    }

    String name(int i) {
        return services[i].name();
    }

    /** What service {@code i} hard-depends on, ascending; includes {@code i} itself for a self-loop. */
    int[] hardDependencies(int i) {
        return hardDependencies[i];
    }

    /** The services that hard-depend on {@code i}, ascending. */
    int[] hardDependents(int i) {
        return hardDependents[i];
    }

    /** Every array of {@link #dependents(int)}, shared with the analysis result for impact queries. */
    int[][] dependents() {
        return dependents;
    }

    /** The services that depend on {@code i} through a hard or soft dependency, ascending, never {@code i}. */
    int[] dependents(int i) {
        return dependents[i];
    }

    String[] ids() {
        return ids;
    }

    /** Dependencies naming a service the plan does not have, in plan order. */
    List<Dependency> dangling() {
        return dangling;
    }
}
