package com.recoveryworkbench.io.imports;

import com.recoveryworkbench.model.Ids;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns the ids a graph file uses into service ids, stable and unique. An id that is already a valid
 * service id is kept as it is, so exporting and importing again gives the same ids. Any other id
 * becomes its {@link Ids#slug slug} ({@code "Legacy DB"} → {@code legacy-db}), with {@code -2},
 * {@code -3}, … appended when that is taken; valid ids are reserved first and the rest are given out
 * in the order given, so the same file always gives the same ids. Not thread-safe; one per import.
 */
final class NodeIds {
    private final Map<String, String> candidates = new LinkedHashMap<>();

    /** Registers {@code key}, which would like to be {@code candidate}; a key registered twice keeps its first. */
    void add(String key, String candidate) {
        candidates.putIfAbsent(key, candidate);
    }

    /** The service id of every registered key. */
    Map<String, String> assign() {
        Set<String> taken = new HashSet<>();
        Map<String, String> ids = new LinkedHashMap<>();
        candidates.forEach((key, candidate) -> {
            if (Ids.isValid(candidate) && taken.add(candidate)) {
                ids.put(key, candidate);
            }
        });
        // Where each base's search for a free suffix stopped: ids only ever get taken, so the next key with
        // the same base can start there, and 40,000 names of one slug cost 40,000 steps, not 800 million.
        Map<String, Integer> nextSuffix = new HashMap<>();
        candidates.forEach((key, candidate) -> {
            if (!ids.containsKey(key)) {
                String base = Ids.slug(candidate);
                int n = nextSuffix.getOrDefault(base, 1);
                String id = n == 1 ? base : base + "-" + n;
                while (!taken.add(id)) {
                    n = Math.max(n + 1, 2);
                    id = base + "-" + n;
                }
                nextSuffix.put(base, n + 1);
                ids.put(key, id);
            }
        });
        return ids;
    }
}
