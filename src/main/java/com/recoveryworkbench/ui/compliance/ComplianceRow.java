package com.recoveryworkbench.ui.compliance;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.RpoEstimate;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.model.Service;
import java.time.Duration;
import java.util.Locale;

/**
 * One line of the compliance table: a service and what the analysis computed for it. Computed
 * values are {@code null} while the service is not analysed yet, or where they do not exist; {@code cost}
 * is also {@code null} when the plan has no rates.
 *
 * @param plannedUp the up time the plan's own restore times give: {@code up} itself on the planned
 *                  basis, the planned figure beside the proven {@code up} on the proven basis
 */
public record ComplianceRow(String id, String name, String tier, Integer wave, Duration up, Duration rtoTarget,
                            Duration slack, RpoEstimate rpo, Duration rpoTarget, Verdict compliance,
                            String owner, Duration plannedUp, RowCost cost) {

    /** The row of {@code service}; {@code analysis} may be {@code null} or not know the service yet. */
    public static ComplianceRow of(Service service, Analysis analysis) {
        return of(service, analysis, analysis, null);
    }

    /**
     * The row of {@code service} as {@code analysis} computed it, with its up time in {@code planned}, the
     * analysis of the plan's own restore times (either may be {@code null} or not know the service yet),
     * and its cost of downtime in {@code analysis} ({@code null} when the plan has no rates).
     */
    public static ComplianceRow of(Service service, Analysis analysis, Analysis planned, RowCost cost) {
        ServiceResult r = analysis == null ? null : analysis.result(service.id()).orElse(null);
        Duration plannedUp = planned == null ? null
                : planned.result(service.id()).map(ServiceResult::up).orElse(null);
        if (r == null) {
            return new ComplianceRow(service.id(), service.name(), service.tier(), null, null, null, null, null, null,
                    null, service.owner(), plannedUp, cost);
        }
        return new ComplianceRow(service.id(), service.name(), service.tier(), r.wave(), r.up(), r.rtoTarget(),
                r.slack(), r.achievableRpo(), r.rpoTarget(), r.verdict(), service.owner(), plannedUp, cost);
    }

    /** Whether the name, id, owner or tier contains {@code text}, ignoring case; blank matches all. */
    public boolean matches(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return contains(name, wanted) || contains(id, wanted) || contains(owner, wanted) || contains(tier, wanted);
    }

    private static boolean contains(String field, String wanted) {
        return field.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
