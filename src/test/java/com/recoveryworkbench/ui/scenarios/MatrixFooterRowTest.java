package com.recoveryworkbench.ui.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.io.export.ScenarioMatrix;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.testplans.PricedPlans;
import com.recoveryworkbench.testplans.TestPlans;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatrixFooterRowTest {
    private static List<MatrixFooterRow> footer(Plan plan) {
        return MatrixFooterRow.of(ScenarioMatrix.of(plan, new RecoveryAnalyzer().analyzeAll(plan)));
    }

    /** See {@link PricedPlans#checkoutWithACycle()}: 35,730.00 EUR, two blocked services at the horizon. */
    @Test
    void withRatesTheFirstLineIsEachScenariosCost() {
        List<MatrixFooterRow> rows = footer(PricedPlans.checkoutWithACycle());

        assertEquals(List.of("Downtime cost", "tier-0", "tier-1", "tier-2"),
                rows.stream().map(MatrixFooterRow::label).toList());
        // Catalog is on time; Loop A and Loop B never come back.
        assertEquals(List.of("1 of 3 on time"), rows.get(3).cells());
        assertEquals(List.of("tier-2: 1 of 3 on time in Everything lost"), rows.get(3).sentences());
        assertEquals(List.of("35,730.00 EUR"), rows.get(0).cells());
        assertEquals(List.of("Downtime cost in Everything lost: 35,730.00 EUR, 2 blocked services counting the"
                + " whole horizon"), rows.get(0).sentences());
    }

    @Test
    void withoutRatesThereIsNoCostLine() {
        assertEquals(List.of("tier-0", "tier-1", "tier-2"),
                footer(TestPlans.checkout()).stream().map(MatrixFooterRow::label).toList());
    }
}
