package com.recoveryworkbench.ui.scenarios;

import com.recoveryworkbench.analysis.cost.ScenarioCost;
import com.recoveryworkbench.io.export.ScenarioMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * One line below the scenario matrix, a cell under each scenario's column: when the plan has rates, the
 * first line "Downtime cost" with each scenario's cost ("12,500.00 EUR"), then a tier's count of services
 * on time ("11 of 12 on time"). The cost comes first so that it shows without scrolling. Each cell says what it means in a sentence, for its tooltip. Pure.
 *
 * @param cells     one per scenario, in the matrix's order
 * @param sentences one per scenario: the cell said in full
 */
record MatrixFooterRow(String label, List<String> cells, List<String> sentences) {
    static final String COST_LABEL = "Downtime cost";

    MatrixFooterRow {
        cells = List.copyOf(cells);
        sentences = List.copyOf(sentences);
    }

    /** The cost line when the matrix has costs, then a line per tier. */
    static List<MatrixFooterRow> of(ScenarioMatrix matrix) {
        List<MatrixFooterRow> rows = new ArrayList<>();
        if (matrix.hasCosts()) {
            List<String> sentences = new ArrayList<>();
            for (int i = 0; i < matrix.costs().size(); i++) {
                sentences.add(costSentence(matrix.scenarios().get(i).name(), matrix.costs().get(i)));
            }
            rows.add(new MatrixFooterRow(COST_LABEL, matrix.costs().stream().map(ScenarioCost::formattedTotal).toList(),
                    sentences));
        }
        for (ScenarioMatrix.TierRow tier : matrix.tiers()) {
            List<String> sentences = new ArrayList<>();
            for (int i = 0; i < tier.counts().size(); i++) {
                sentences.add(matrix.sentence(tier, i));
            }
            rows.add(new MatrixFooterRow(tier.tier(), tier.counts().stream().map(ScenarioMatrix.TierCount::text)
                    .toList(), sentences));
        }
        return rows;
    }

    /** "Downtime cost in eu-west lost: 12,500.00 EUR, 2 blocked services counting the whole horizon". */
    private static String costSentence(String scenario, ScenarioCost cost) {
        int blocked = cost.blockedAtHorizon();
        String sentence = COST_LABEL + " in " + scenario + ": " + cost.formattedTotal();
        return blocked == 0 ? sentence : sentence + ", " + blocked + (blocked == 1 ? " blocked service" : " blocked services")
                + " counting the whole horizon";
    }
}
