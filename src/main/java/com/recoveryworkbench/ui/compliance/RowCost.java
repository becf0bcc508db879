package com.recoveryworkbench.ui.compliance;

import com.recoveryworkbench.analysis.cost.ScenarioCost;
import com.recoveryworkbench.analysis.cost.ServiceCost;
import com.recoveryworkbench.model.Durations;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;

/**
 * What one service's downtime costs in the scenario shown, as the compliance table's "Downtime cost"
 * column says it: "900.00 EUR", or "28,800.00 EUR · blocked, 7d" for a service that is never restored
 * and so counts the whole horizon. The column sorts by amount.
 */
public record RowCost(ServiceCost cost, String currency) {
    /** Smallest amount first; a row without a cost (not analysed yet) last. */
    static final Comparator<RowCost> BY_AMOUNT = Comparator.nullsLast(Comparator.comparing(RowCost::amount));

    public RowCost {
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(currency, "currency");
    }

    public BigDecimal amount() {
        return cost.cost();
    }

    /** The amount with the plan's currency, and whether it counts the horizon. */
    public String text() {
        String amount = ScenarioCost.format(cost.cost(), currency);
        return cost.countsHorizon() ? amount + " · blocked, " + Durations.format(cost.downtime()) : amount;
    }
}
