package com.recoveryworkbench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gathers findings during one analysis and returns them in the order {@link Analysis#findings()}
 * promises. They are kept apart by severity and rule. Each kind is produced service by service in
 * id order, so a bucket is usually in order already: the collector notices that as findings arrive,
 * from the index of their first service, and sorts only the buckets that are not. Sorting tens of
 * thousands of findings that are already in order still cost a noticeable share of the analysis.
 */
final class FindingCollector {

    /** Severity first (errors first), then rule, first service id and message. */
    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::rule)
            .thenComparing((Finding f) -> f.services().isEmpty() ? "" : f.services().get(0))
            .thenComparing(Finding::message);

    private final Map<Severity, Map<String, Bucket>> buckets = new EnumMap<>(Severity.class);
    private final String scenario;

    /** A collector for the findings of the built-in total scenario. */
    FindingCollector() {
        this(com.recoveryworkbench.model.Scenario.TOTAL_ID);
    }

    /** A collector that marks every finding added as found in {@code scenario}. */
    FindingCollector(String scenario) {
        this.scenario = scenario;
    }

    /** A new collector for {@code scenario} holding what this one holds so far, marked as found there. */
    FindingCollector copyFor(String otherScenario) {
        FindingCollector copy = new FindingCollector(otherScenario);
        buckets.forEach((severity, byRule) -> byRule.forEach((rule, bucket) ->
                copy.buckets.computeIfAbsent(severity, s -> new TreeMap<>()).put(rule, bucket.copyFor(otherScenario))));
        return copy;
    }

    /**
     * @param firstService the plan index of the finding's first service (its position in id order),
     *                     or -1 when that service is not in the plan
     */
    void add(Finding finding, int firstService) {
        finding = finding.inScenario(scenario);
        buckets.computeIfAbsent(finding.severity(), s -> new TreeMap<>())
                .computeIfAbsent(finding.rule(), r -> new Bucket())
                .add(finding, firstService);
    }

    List<Finding> sorted() {
        List<Finding> all = new ArrayList<>();
        for (Map<String, Bucket> byRule : buckets.values()) {
            for (Bucket bucket : byRule.values()) {
                all.addAll(bucket.sorted());
            }
        }
        return all;
    }

    /** The findings of one severity and rule, and whether they arrived in order. */
    private static final class Bucket {
        private final List<Finding> findings = new ArrayList<>();
        private int lastIndex = -1;
        private boolean inOrder = true;

        void add(Finding finding, int firstService) {
            if (firstService < 0) {
                inOrder = false;
            } else if (inOrder && !findings.isEmpty()) {
                // Index order is id order, so only findings on the same first service need their messages compared.
                inOrder = firstService > lastIndex || firstService == lastIndex
                        && findings.get(findings.size() - 1).message().compareTo(finding.message()) <= 0;
            }
            lastIndex = firstService;
            findings.add(finding);
        }

        Bucket copyFor(String scenario) {
            Bucket copy = new Bucket();
            for (Finding f : findings) {
                copy.findings.add(f.inScenario(scenario));
            }
            copy.lastIndex = lastIndex;
            copy.inOrder = inOrder;
            return copy;
        }

        List<Finding> sorted() {
            if (!inOrder) {
                findings.sort(ORDER);
            }
            return findings;
        }
    }
}
