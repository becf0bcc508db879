package com.recoveryworkbench.analysis.diff;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.RpoEstimate;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The sentence of a {@link FindingChange}. A miss is told by its figures: "Checkout API still misses its
 * RTO: up 1h5m → 35m, target 15m", "Orders DB still misses its RPO: can lose 1h10m → 40m, target 15m";
 * any other finding by its new message and its old one. Stateless.
 */
final class FindingChangeSummary {
    private static final String ARROW = " → ";

    private FindingChangeSummary() {
    }

    static String of(Finding was, Finding is, Plan neu, Analysis before, Analysis after) {
        String id = is.services().isEmpty() ? null : is.services().get(0);
        Optional<ServiceResult> old = before.result(id);
        Optional<ServiceResult> now = after.result(id);
        if (old.isEmpty() || now.isEmpty()) {
            return otherwise(was, is);
        }
        String name = neu.service(id).map(Service::name).orElse(id);
        return switch (is.rule()) {
            case Finding.RULE_RTO_MISS -> name + " still misses its RTO: up " + change(old.get().up(), now.get().up())
                    + ", target " + change(old.get().rtoTarget(), now.get().rtoTarget());
            case Finding.RULE_RPO_MISS -> name + " still misses its RPO: can lose "
                    + change(loss(old.get().achievableRpo()), loss(now.get().achievableRpo()))
                    + ", target " + change(old.get().rpoTarget(), now.get().rpoTarget());
            default -> otherwise(was, is);
        };
    }

    private static String otherwise(Finding was, Finding is) {
        return is.message() + " (was: " + was.message() + ")";
    }

    /** "1h5m → 35m", or "35m" when it did not change. */
    private static String change(Duration was, Duration is) {
        return Objects.equals(was, is) ? text(is) : text(was) + ARROW + text(is);
    }

    private static String change(String was, String is) {
        return was.equals(is) ? is : was + ARROW + is;
    }

    private static String loss(RpoEstimate estimate) {
        return estimate instanceof RpoEstimate.Bounded bounded ? Durations.format(bounded.loss()) : "everything";
    }

    private static String text(Duration d) {
        return d == null ? "-" : Durations.format(d);
    }
}
