package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.ui.state.HighlightMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a highlight brings forward around the one selected service: in {@link HighlightMode#CRITICAL_PATH}
 * the services and arrows of its critical path, in {@link HighlightMode#IMPACT} the service and all
 * that depends on it, with the arrows among them; {@link #around} (presentation mode) what a service
 * needs and what needs it, transitively, with the arrows of those chains. A filter ({@link #filteredTo}) further keeps only the
 * services it names at full strength. Everything else is painted dimmed. Immutable.
 */
public final class Emphasis {
    /** Nothing is highlighted: everything is painted at full strength. */
    public static final Emphasis NONE = new Emphasis(false, null, Set.of(), Set.of(), null);

    /** True when some services are highlighted and the rest dimmed. */
    private final boolean highlight;
    /** IMPACT takes every arrow among its services; otherwise {@link #arrows} names them. */
    private final HighlightMode mode;
    private final Set<String> services;
    private final Set<String> arrows;
    /** The services a search left at full strength; {@code null} when nothing is filtered. */
    private final Set<String> filter;

    private Emphasis(boolean highlight, HighlightMode mode, Set<String> services, Set<String> arrows,
                     Set<String> filter) {
        this.highlight = highlight;
        this.mode = mode;
        this.services = services;
        this.arrows = arrows;
        this.filter = filter;
    }

    /**
     * This emphasis with every service outside {@code ids} dimmed too; {@code null} means no filter
     * and returns this emphasis unchanged.
     */
    public Emphasis filteredTo(Set<String> ids) {
        return ids == null ? this : new Emphasis(highlight, mode, services, arrows, Set.copyOf(ids));
    }

    /**
     * The emphasis for a selection: {@link #NONE} unless exactly one service is selected and
     * {@code analysis} (may be {@code null}) has a result for it.
     */
    public static Emphasis of(Analysis analysis, Set<String> selected, HighlightMode mode) {
        if (analysis == null || selected.size() != 1) {
            return NONE;
        }
        String id = selected.iterator().next();
        Optional<ServiceResult> result = analysis.result(id);
        if (result.isEmpty()) {
            return NONE;
        }
        Set<String> services = new HashSet<>();
        Set<String> arrows = new HashSet<>();
        if (mode == HighlightMode.IMPACT) {
            services.add(id);
            services.addAll(analysis.impactOf(id));
            return new Emphasis(true, mode, Set.copyOf(services), Set.of(), null);
        }
        List<String> path = result.get().criticalPath();
        services.addAll(path);
        services.add(id);
        for (int i = 0; i + 1 < path.size(); i++) {
            // The later service on the path depends on the earlier one.
            arrows.add(key(path.get(i + 1), path.get(i)));
        }
        return new Emphasis(true, HighlightMode.CRITICAL_PATH, Set.copyOf(services), Set.copyOf(arrows), null);
    }

    /**
     * The service {@code id}, everything it needs (its dependencies, theirs, and so on) and everything
     * that needs it (its dependents, transitively), with the arrows along those chains. Arrows between
     * a service it needs and one that needs it are not on such a chain and stay dimmed. {@link #NONE}
     * when {@code plan} has no such service. Needs no analysis.
     */
    public static Emphasis around(Plan plan, String id) {
        if (plan.service(id).isEmpty()) {
            return NONE;
        }
        Map<String, List<String>> needs = new HashMap<>();
        Map<String, List<String>> neededBy = new HashMap<>();
        for (Dependency d : plan.dependencies()) {
            needs.computeIfAbsent(d.from(), k -> new ArrayList<>()).add(d.to());
            neededBy.computeIfAbsent(d.to(), k -> new ArrayList<>()).add(d.from());
        }
        Set<String> upstream = reach(id, needs);
        Set<String> downstream = reach(id, neededBy);
        Set<String> arrows = new HashSet<>();
        for (Dependency d : plan.dependencies()) {
            boolean needed = (d.from().equals(id) || upstream.contains(d.from())) && upstream.contains(d.to());
            boolean needing = downstream.contains(d.from()) && (d.to().equals(id) || downstream.contains(d.to()));
            if (needed || needing) {
                arrows.add(key(d.from(), d.to()));
            }
        }
        Set<String> services = new HashSet<>(upstream);
        services.addAll(downstream);
        services.add(id);
        return new Emphasis(true, null, Set.copyOf(services), Set.copyOf(arrows), null);
    }

    /** Every service reachable from {@code start} along {@code edges}, without {@code start} unless on a cycle. */
    private static Set<String> reach(String start, Map<String, List<String>> edges) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(edges.getOrDefault(start, List.of()));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(edges.getOrDefault(next, List.of()));
            }
        }
        return seen;
    }

    private static String key(String from, String to) {
        return from + "\n" + to;
    }

    /** True when something is highlighted or filtered, so the rest is dimmed. */
    public boolean isActive() {
        return highlight || filter != null;
    }

    public boolean emphasises(String serviceId) {
        return (!highlight || services.contains(serviceId)) && (filter == null || filter.contains(serviceId));
    }

    /**
     * On a critical path, exactly its links; in impact mode, every arrow between two services of the
     * blast radius (dependents pointing at what they depend on). A filter alone emphasises no arrow.
     */
    public boolean emphasises(Dependency d) {
        if (!highlight || filter != null && !(filter.contains(d.from()) && filter.contains(d.to()))) {
            return false;
        }
        if (mode == HighlightMode.IMPACT) {
            return services.contains(d.from()) && services.contains(d.to());
        }
        return arrows.contains(key(d.from(), d.to()));
    }
}
