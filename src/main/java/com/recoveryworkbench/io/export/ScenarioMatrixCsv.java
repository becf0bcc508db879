package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.cost.ScenarioCost;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenario matrix as CSV (RFC 4180, CRLF line ends, UTF-8 by the caller): a header
 * {@code id,name,tier} then, for each scenario, {@code <scenario id> verdict} and
 * {@code <scenario id> up}; one line per service (verdict codes as in the compliance CSV, up time
 * like {@code 2h30m}, empty when there is none); then one line per tier with an empty id, the name
 * {@code tier-1 on time}, the tier, and in each scenario's verdict column {@code 11 of 12}. When the
 * plan has rates, a last line with an empty id, the name {@code downtime cost (EUR)} ({@code downtime cost}
 * without a currency) and in each scenario's verdict column its cost as a plain number ({@code 12500.00}),
 * so a spreadsheet can add it up. Text a spreadsheet would run as a formula is made inert the way
 * {@link ComplianceCsv} does it.
 */
public final class ScenarioMatrixCsv {
    private ScenarioMatrixCsv() {
    }

    public static String render(ScenarioMatrix matrix) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("id", "name", "tier"));
        for (Scenario scenario : matrix.scenarios()) {
            header.add(ComplianceCsv.inert(scenario.id() + " verdict"));
            header.add(ComplianceCsv.inert(scenario.id() + " up"));
        }
        line(out, header);
        for (ScenarioMatrix.Row row : matrix.rows()) {
            List<String> fields = new ArrayList<>(List.of(ComplianceCsv.inert(row.serviceId()),
                    ComplianceCsv.inert(row.name()), ComplianceCsv.inert(row.tier())));
            for (ScenarioMatrix.Cell cell : row.cells()) {
                fields.add(ComplianceCsv.code(cell.verdict()));
                fields.add(Durations.format(cell.up()));
            }
            line(out, fields);
        }
        for (ScenarioMatrix.TierRow tier : matrix.tiers()) {
            List<String> fields = new ArrayList<>(List.of("", ComplianceCsv.inert(tier.tier() + " on time"),
                    ComplianceCsv.inert(tier.tier())));
            for (ScenarioMatrix.TierCount count : tier.counts()) {
                fields.add(count.onTime() + " of " + count.services());
                fields.add("");
            }
            line(out, fields);
        }
        if (matrix.hasCosts()) {
            line(out, costLine(matrix.costs()));
        }
        return out.toString();
    }

    private static List<String> costLine(List<ScenarioCost> costs) {
        String currency = costs.get(0).currency();
        List<String> fields = new ArrayList<>(List.of("",
                ComplianceCsv.inert(currency.isEmpty() ? "downtime cost" : "downtime cost (" + currency + ")"), ""));
        for (ScenarioCost cost : costs) {
            fields.add(cost.total().toPlainString());
            fields.add("");
        }
        return fields;
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            out.append(i == 0 ? "" : ",").append(ComplianceCsv.quote(fields.get(i)));
        }
        out.append("\r\n");
    }
}
