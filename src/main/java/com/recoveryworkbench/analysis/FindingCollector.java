package com.recoveryworkbench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gathers findings during one analysis and returns them in the order {@link Analysis#findings()}
 * promises. They are kept apart by severity and rule: each kind is produced service by service in
 * id order, so every bucket is already nearly sorted and sorting it costs close to one pass.
 */
final class FindingCollector {

    /** Severity first (errors first), then rule, first service id and message. */
    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::rule)
            .thenComparing((Finding f) -> f.services().isEmpty() ? "" : f.services().get(0))
            .thenComparing(Finding::message);

    private final Map<Severity, Map<String, List<Finding>>> buckets = new EnumMap<>(Severity.class);

    void add(Finding finding) {
        buckets.computeIfAbsent(finding.severity(), s -> new TreeMap<>())
                .computeIfAbsent(finding.rule(), r -> new ArrayList<>())
                .add(finding);
    }

    List<Finding> sorted() {
        List<Finding> all = new ArrayList<>();
        for (Map<String, List<Finding>> byRule : buckets.values()) {
            for (List<Finding> bucket : byRule.values()) {
                bucket.sort(ORDER);
                all.addAll(bucket);
            }
        }
        return all;
    }
}
