package com.recoveryworkbench.io.csv;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A readable first layout for services that arrive without positions: one column per restore wave,
 * left to right, each column's services top to bottom by name. Sized for cards of about 200 x 90.
 *
 * <p>The waves are worked out here with a plain longest path over the hard dependencies, because an
 * import must not wait for the analysis; the analysis stays the authority on waves. Services in a
 * cycle, or waiting on one, share a last column. Dependencies on services not given are ignored.
 * Stateless and thread-safe; the same input always gives the same layout.
 */
public final class WaveColumnsLayout {
    public static final double LEFT = 60;
    public static final double TOP = 60;
    public static final double COLUMN_STEP = 280;
    public static final double ROW_STEP = 130;

    private static final Comparator<Service> BY_NAME =
            Comparator.comparing(Service::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Service::id);

    private WaveColumnsLayout() {
    }

    /** The position of every service, by id. */
    public static Map<String, Position> positions(Collection<Service> services, Collection<Dependency> dependencies) {
        Map<String, Integer> columns = columns(services, dependencies);
        Map<Integer, List<Service>> byColumn = services.stream().collect(
                Collectors.groupingBy(s -> columns.get(s.id()), TreeMap::new, Collectors.toList()));
        Map<String, Position> positions = new TreeMap<>();
        byColumn.forEach((column, members) -> {
            members.sort(BY_NAME);
            for (int row = 0; row < members.size(); row++) {
                positions.put(members.get(row).id(),
                        new Position(LEFT + (column - 1) * COLUMN_STEP, TOP + row * ROW_STEP));
            }
        });
        return Collections.unmodifiableMap(positions);
    }

    /** Wave of each service (1 = needs nothing); those a cycle holds back get one past the last wave. */
    private static Map<String, Integer> columns(Collection<Service> services, Collection<Dependency> dependencies) {
        Map<String, Set<String>> needs = new TreeMap<>();
        services.forEach(s -> needs.put(s.id(), new TreeSet<>()));
        Map<String, List<String>> dependents = new HashMap<>();
        for (Dependency d : dependencies) {
            if (d.isHard() && needs.containsKey(d.from()) && needs.containsKey(d.to())
                    && needs.get(d.from()).add(d.to())) {
                dependents.computeIfAbsent(d.to(), k -> new ArrayList<>()).add(d.from());
            }
        }
        Map<String, Integer> waiting = new HashMap<>();
        Deque<String> ready = new ArrayDeque<>();
        needs.forEach((id, needed) -> {
            waiting.put(id, needed.size());
            if (needed.isEmpty()) {
                ready.add(id);
            }
        });
        Map<String, Integer> columns = new HashMap<>();
        while (!ready.isEmpty()) {
            String id = ready.poll();
            columns.put(id, 1 + needs.get(id).stream().mapToInt(columns::get).max().orElse(0));
            for (String dependent : dependents.getOrDefault(id, List.of())) {
                if (waiting.merge(dependent, -1, Integer::sum) == 0) {
                    ready.add(dependent);
                }
            }
        }
        int held = 1 + columns.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        needs.keySet().forEach(id -> columns.putIfAbsent(id, held));
        return columns;
    }
}
