package com.recoveryworkbench.analysis;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds the cycles among the services that the topological order could not place. Only those are
 * handed to JGraphT, so an acyclic plan pays nothing here. Kosaraju's inspector is used because its
 * depth-first search is iterative: a long cycle cannot overflow the stack, as Gabow's recursive one can.
 */
final class CycleFinder {
    private CycleFinder() {
    }

    /**
     * @param blocked {@code true} for every service missing from the topological order: the members
     *                of cycles and everything that hard-depends on one
     * @return the cycles, sorted by smallest member
     */
    static List<Cycle> find(PlanGraph graph, boolean[] blocked) {
        Graph<Integer, DefaultEdge> residue = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int i = 0; i < graph.size(); i++) {
            if (blocked[i]) {
                residue.addVertex(i);
            }
        }
        for (int i = 0; i < graph.size(); i++) {
            if (blocked[i]) {
                for (int d : graph.hardDependencies(i)) {
                    // A dependency outside the residue is schedulable and so cannot close a loop.
                    if (blocked[d]) {
                        residue.addEdge(i, d);
                    }
                }
            }
        }
        List<Cycle> cycles = new ArrayList<>();
        DependentSearch search = new DependentSearch(graph);
        for (Set<Integer> component : new KosarajuStrongConnectivityInspector<>(residue).stronglyConnectedSets()) {
            int first = component.stream().mapToInt(Integer::intValue).min().orElseThrow();
            if (component.size() > 1 || residue.containsEdge(first, first)) {
                int[] members = component.stream().mapToInt(Integer::intValue).sorted().toArray();
                cycles.add(new Cycle(members, loop(new AsSubgraph<>(residue, component), first),
                        search.dependents(members)));
            }
        }
        cycles.sort(Comparator.comparingInt(c -> c.members()[0]));
        return cycles;
    }

    /** A shortest closed loop through {@code first}; among equally short ones, the one closing via the smallest id. */
    private static List<Integer> loop(Graph<Integer, DefaultEdge> component, int first) {
        if (component.containsEdge(first, first)) {
            return List.of(first, first);
        }
        var paths = new BFSShortestPath<>(component).getPaths(first);
        GraphPath<Integer, DefaultEdge> best = null;
        for (DefaultEdge back : component.incomingEdgesOf(first)) {
            GraphPath<Integer, DefaultEdge> path = paths.getPath(component.getEdgeSource(back));
            if (best == null || path.getLength() < best.getLength()
                    || path.getLength() == best.getLength() && path.getEndVertex() < best.getEndVertex()) {
                best = path;
            }
        }
        List<Integer> loop = new ArrayList<>(best.getVertexList());
        loop.add(first);
        return List.copyOf(loop);
    }

    /**
     * Walks up the hard dependents of one cycle after another, reusing its arrays: a visit mark holds
     * the number of the walk, so each walk costs what it finds, not the size of the plan.
     */
    private static final class DependentSearch {
        private final PlanGraph graph;
        private final int[] mark;
        private final int[] queue;
        private int walk;

        DependentSearch(PlanGraph graph) {
            this.graph = graph;
            this.mark = new int[graph.size()];
            this.queue = new int[graph.size()];
        }

        int[] dependents(int[] members) {
            walk++;
            int tail = 0;
            for (int m : members) {
                mark[m] = walk;
                queue[tail++] = m;
            }
            for (int head = 0; head < tail; head++) {
                for (int dependent : graph.hardDependents(queue[head])) {
                    if (mark[dependent] != walk) {
                        mark[dependent] = walk;
                        queue[tail++] = dependent;
                    }
                }
            }
            int[] found = Arrays.copyOfRange(queue, members.length, tail);
            Arrays.sort(found);
            return found;
        }
    }
}
