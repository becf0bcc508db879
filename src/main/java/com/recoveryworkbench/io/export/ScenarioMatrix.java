package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.ScenarioAnalyses;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.analysis.cost.DowntimeCosts;
import com.recoveryworkbench.analysis.cost.ScenarioCost;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Every service against every scenario: in each cell the service's verdict and up time in that
 * scenario, and per tier how many of its services are on time in each scenario ("tier-1: 11 of 12 on
 * time in eu-west lost"), and what each scenario's downtime costs when the plan has rates. The page a
 * CIO prints; the window's matrix and its CSV export read it. Immutable; a pure function of the plan and
 * its analyses.
 *
 * @param scenarios the columns, sorted by id as the plan keeps them
 * @param rows      one per service, in the plan's order (by id)
 * @param tiers     one per tier some service uses, sorted by tier id
 * @param costs     the cost of downtime of each scenario, in the order of {@code scenarios}; empty when the
 *                  plan has no rates (then no money is shown)
 */
public record ScenarioMatrix(List<Scenario> scenarios, List<Row> rows, List<TierRow> tiers, List<ScenarioCost> costs) {
    public ScenarioMatrix {
        scenarios = List.copyOf(scenarios);
        rows = List.copyOf(rows);
        tiers = List.copyOf(tiers);
        costs = List.copyOf(costs);
        if (!costs.isEmpty() && costs.size() != scenarios.size()) {
            throw new IllegalArgumentException("one cost per scenario or none: " + costs.size() + " for "
                    + scenarios.size() + " scenarios");
        }
    }

    /**
     * One service in one scenario.
     *
     * @param up {@code null} when the service has no up time (blocked by a cycle)
     */
    public record Cell(Verdict verdict, Duration up) {
        public Cell {
            Objects.requireNonNull(verdict, "verdict");
        }

        /** Back in time: it meets its targets (perhaps narrowly) or the scenario spares it. */
        public boolean onTime() {
            return verdict == Verdict.MEETS || verdict == Verdict.AT_RISK || verdict == Verdict.UNAFFECTED;
        }
    }

    /** One service: its cells in the order of {@link #scenarios()}. */
    public record Row(String serviceId, String name, String tier, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** How many of a tier's services are on time in one scenario. */
    public record TierCount(int onTime, int services) {
        /** "11 of 12 on time". */
        public String text() {
            return onTime + " of " + services + " on time";
        }
    }

    /** One tier: its counts in the order of {@link #scenarios()}. */
    public record TierRow(String tier, List<TierCount> counts) {
        public TierRow {
            counts = List.copyOf(counts);
        }
    }

    /**
     * The matrix of {@code plan} from its {@code analyses}. A service some analysis lacks (added to the
     * plan after it was analysed) is left out until the next analysis; the analyses must not know a
     * service the plan lacks (their costs are worked out with the plan's rates).
     */
    public static ScenarioMatrix of(Plan plan, ScenarioAnalyses analyses) {
        List<Analysis> columns = analyses.all();
        List<Row> rows = new ArrayList<>();
        TreeMap<String, int[][]> tierCounts = new TreeMap<>();
        for (Service s : plan.services()) {
            List<Cell> cells = new ArrayList<>();
            for (Analysis column : columns) {
                column.result(s.id()).ifPresent(r -> cells.add(new Cell(r.verdict(), r.up())));
            }
            if (cells.size() < columns.size()) {
                continue;
            }
            int[][] counts = tierCounts.computeIfAbsent(s.tier(), t -> new int[columns.size()][2]);
            for (int i = 0; i < cells.size(); i++) {
                counts[i][0] += cells.get(i).onTime() ? 1 : 0;
                counts[i][1]++;
            }
            rows.add(new Row(s.id(), s.name(), s.tier(), cells));
        }
        List<TierRow> tiers = new ArrayList<>();
        tierCounts.forEach((tier, counts) -> {
            List<TierCount> row = new ArrayList<>();
            for (int[] c : counts) {
                row.add(new TierCount(c[0], c[1]));
            }
            tiers.add(new TierRow(tier, row));
        });
        List<ScenarioCost> costs = columns.stream().flatMap(a -> DowntimeCosts.of(plan, a).stream()).toList();
        return new ScenarioMatrix(analyses.scenarios(), rows, tiers, costs);
    }

    /** Whether the plan has rates, so the matrix shows each scenario's cost of downtime. */
    public boolean hasCosts() {
        return !costs.isEmpty();
    }

    /** "tier-1: 11 of 12 on time in eu-west lost", for the tier row {@code tier} and the scenario at {@code column}. */
    public String sentence(TierRow tier, int column) {
        return tier.tier() + ": " + tier.counts().get(column).text() + " in " + scenarios.get(column).name();
    }
}
