package com.recoveryworkbench.io.imports;

import com.recoveryworkbench.io.Imported;
import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.Problems;
import com.recoveryworkbench.io.csv.WaveColumnsLayout;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.DependencyType;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceField;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collects the services and dependencies a graph-shaped file describes, then makes the plan: ids made
 * valid and unique by {@link NodeIds}, services of unknown kind as applications in tier-2, positions by
 * {@link WaveColumnsLayout}. A dependency on itself is kept with a warning, as a plan file keeps it
 * (check reports the cycle); the same dependency twice is one dependency, hard when any of them is.
 * Not thread-safe; one per import.
 */
final class GraphDraft {
    /**
     * The most services and dependencies an import makes: ten times the design size of a plan, and
     * below what a plan file of {@code PlanReader.MAX_FILE_BYTES} can hold, so what is imported can be
     * opened.
     */
    static final int MAX_SERVICES = 100_000;
    static final int MAX_DEPENDENCIES = 200_000;

    private final Problems problems;
    private final Map<String, NodeDraft> nodes = new LinkedHashMap<>();
    private final Map<String, String> outside = new LinkedHashMap<>();
    private final Map<List<String>, Boolean> softEdges = new LinkedHashMap<>();

    GraphDraft(String source) {
        this.problems = Problems.ofImport(source);
    }

    String source() {
        return problems.source();
    }

    /** The service known as {@code key}, made on first mention. */
    NodeDraft node(String key, String idCandidate, int line, int column) throws PlanFileException {
        NodeDraft node = nodes.get(key);
        if (node == null) {
            if (nodes.size() >= MAX_SERVICES) {
                throw PlanFileException.cannotImport(source(), line, column, String.format(Locale.ROOT,
                        "more than %,d services, the most an import makes (a plan file could not hold more);"
                            + " nothing was imported",
                        MAX_SERVICES));
            }
            node = new NodeDraft(key, idCandidate, line, column);
            nodes.put(key, node);
        }
        return node;
    }

    boolean hasNode(String key) {
        return nodes.containsKey(key);
    }

    /** A service the file refers to but does not describe: dependencies on it are kept, it is not made. */
    void outside(String key, String idCandidate) {
        outside.putIfAbsent(key, idCandidate);
    }

    /** {@code fromKey} depends on {@code toKey}; both must be nodes or {@link #outside} keys by {@link #build}. */
    void edge(String fromKey, String toKey, boolean soft, int line, int column) throws PlanFileException {
        edge(fromKey, toKey, soft, line, column, "");
    }

    /** As {@link #edge(String, String, boolean, int, int)}, given by {@code field} ({@code spec.dependsOn}). */
    void edge(String fromKey, String toKey, boolean soft, int line, int column, String field)
            throws PlanFileException {
        if (fromKey.equals(toKey)) {
            // A monitoring server scraping itself: real graphs have such edges. Refusing or dropping it
            // would hide it; the analysis reports it as a cycle of one service, as for a plan file.
            warn(line, column, field, "'" + fromKey + "' depends on itself; the dependency is kept" + (soft
                    ? " and changes nothing in the recovery" : ", and check reports it as a cycle of one service"));
        }
        List<String> pair = List.of(fromKey, toKey);
        if (softEdges.size() >= MAX_DEPENDENCIES && !softEdges.containsKey(pair)) {
            // Stopped while reading: {a0..a2999} -> {b0..b2999} alone asks for nine million.
            throw PlanFileException.cannotImport(source(), line, column, field, String.format(Locale.ROOT,
                    "more than %,d dependencies, the most an import makes (a plan file could not hold more);"
                            + " nothing was imported",
                    MAX_DEPENDENCIES));
        }
        softEdges.merge(pair, soft, Boolean::logicalAnd);
    }

    void warn(int line, int column, String field, String message) {
        problems.warn(line, column, field, message);
    }

    Imported build(String planName) {
        NodeIds nodeIds = new NodeIds();
        nodes.values().forEach(n -> nodeIds.add(n.key, n.idCandidate));
        outside.forEach(nodeIds::add);
        Map<String, String> ids = nodeIds.assign();
        List<Service> services = new ArrayList<>();
        Map<String, Set<ServiceField>> carried = new LinkedHashMap<>();
        for (NodeDraft node : nodes.values()) {
            String id = ids.get(node.key);
            if (!id.equals(node.idCandidate)) {
                warn(node.line, node.column, "", "'" + node.idCandidate + "' is not a valid service id or is taken;"
                        + " the service gets the id '" + id + "'");
            }
            services.add(service(id, node));
            carried.put(id, carried(node));
        }
        List<Dependency> dependencies = new ArrayList<>();
        softEdges.forEach((pair, soft) -> dependencies.add(new Dependency(ids.get(pair.get(0)), ids.get(pair.get(1)),
                soft ? DependencyType.SOFT : DependencyType.HARD)));
        Map<String, Position> positions = WaveColumnsLayout.positions(services, dependencies);
        Plan plan = new Plan(planName, "", Settings.DEFAULT, TierPolicy.defaults(),
                services.stream().map(s -> s.withPosition(positions.get(s.id()))).toList(), dependencies);
        return new Imported(plan, problems.warnings(), carried);
    }

    private static Service service(String id, NodeDraft node) {
        return Service.builder(id, node.kind == null ? node.defaultKind : node.kind)
                .name(node.name != null ? node.name : node.defaultName)
                .owner(node.owner)
                .tier(node.tier == null ? "tier-2" : node.tier)
                .build();
    }

    private static Set<ServiceField> carried(NodeDraft node) {
        Set<ServiceField> fields = EnumSet.noneOf(ServiceField.class);
        if (node.name != null && !node.name.isBlank()) {
            fields.add(ServiceField.NAME);
        }
        if (node.kind != null) {
            fields.add(ServiceField.KIND);
        }
        if (node.owner != null && !node.owner.isBlank()) {
            fields.add(ServiceField.OWNER);
        }
        if (node.tier != null) {
            fields.add(ServiceField.TIER);
        }
        return fields;
    }
}
