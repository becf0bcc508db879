package com.recoveryworkbench.analysis.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one scenario's downtime costs, service by service, in the plan's {@code currency} (empty when the
 * plan names none). {@code total} is the sum of the services' costs; {@code blockedAtHorizon} counts
 * the services that are never restored and so count the whole horizon.
 */
public record ScenarioCost(String scenarioId, String currency, List<ServiceCost> services, BigDecimal total,
                           int blockedAtHorizon) {
    public ScenarioCost {
        services = List.copyOf(services);
    }

    /** The total with its currency, for a report: "12,500.00 EUR", or "12,500.00" without a currency. */
    public String formattedTotal() {
        return format(total, currency);
    }

    /** A sum of money as reports show it: grouped thousands, two decimals, the currency after it when known. */
    public static String format(BigDecimal amount, String currency) {
        String figure = String.format(java.util.Locale.ROOT, "%,.2f", amount);
        return currency.isEmpty() ? figure : figure + " " + currency;
    }
}
