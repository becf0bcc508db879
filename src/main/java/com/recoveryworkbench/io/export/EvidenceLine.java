package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.drill.Basis;
import com.recoveryworkbench.analysis.drill.CadenceStatus;
import com.recoveryworkbench.analysis.drill.Evidence;
import com.recoveryworkbench.analysis.drill.MeasuredAction;
import com.recoveryworkbench.analysis.drill.ProvenResult;
import com.recoveryworkbench.analysis.drill.ProvenView;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * The quiet line a card shows about a service's drill evidence, as of the proven view's date:
 * <ul>
 *   <li>"drilled 45d ago" (its latest drill; "drilled today" the same day), "partial in drill 45d ago",
 *       "failed in drill 45d ago"; a passing one with " · overdue" when its tier's cadence has run out;</li>
 *   <li>"never drilled" for a service whose tier has a drill cadence and no drill covered it;</li>
 *   <li>on the {@link Basis#PROVEN proven basis}, "measured 55m, plan 40m" when the latest measured
 *       restore differs from the restore time the plan claims, or "failover 15m, plan 10m" when the
 *       latest result timed a failover that differs from the plan's failover time, since that measured
 *       time is what the figures of the scenarios it applies in rest on;</li>
 *   <li>nothing (no line) otherwise.</li>
 * </ul>
 * Pure functions.
 */
public final class EvidenceLine {
    public static final String NEVER_DRILLED = "never drilled";

    private EvidenceLine() {
    }

    /** The line of every service of {@code plan} that has one, by id; empty when {@code view} is {@code null}. */
    public static Map<String, String> of(Plan plan, ProvenView view, Basis basis) {
        if (view == null) {
            return Map.of();
        }
        Map<String, CadenceStatus> cadence = new HashMap<>();
        view.cadence().statuses().forEach(status -> cadence.put(status.service(), status));
        Map<String, String> lines = new HashMap<>();
        for (Service service : plan.services()) {
            Evidence evidence = view.result(service.id()).map(ProvenResult::evidence).orElse(null);
            String line = of(service, evidence, cadence.get(service.id()), view.asOf(), basis);
            if (!line.isEmpty()) {
                lines.put(service.id(), line);
            }
        }
        return Map.copyOf(lines);
    }

    /**
     * The line of one service: {@code evidence} is its latest drill result ({@code null} when none),
     * {@code cadence} its cadence status ({@code null} when its tier asks for no drills).
     */
    public static String of(Service service, Evidence evidence, CadenceStatus cadence, LocalDate asOf, Basis basis) {
        if (evidence == null) {
            return cadence != null ? NEVER_DRILLED : "";
        }
        Duration measured = evidence.measured();
        Duration planned = evidence.action().planned(service);
        if (basis == Basis.PROVEN && measured != null && !measured.equals(planned)) {
            String timed = evidence.action() == MeasuredAction.FAILOVER ? "failover " : "measured ";
            return timed + Durations.format(measured) + ", plan "
                    + (planned == null ? "none" : Durations.format(planned));
        }
        if (evidence.outcome() != DrillOutcome.RECOVERED) {
            // Not a passing drill: the outcome is the news, whatever the cadence says.
            return evidence.outcome().code() + " in drill " + age(evidence.date(), asOf);
        }
        String overdue = cadence != null && !cadence.current() ? " · overdue" : "";
        return "drilled " + age(evidence.date(), asOf) + overdue;
    }

    /** "today", "1d ago", "45d ago"; a drill dated after {@code asOf} says its date. */
    static String age(LocalDate date, LocalDate asOf) {
        long days = ChronoUnit.DAYS.between(date, asOf);
        if (days < 0) {
            return "on " + date;
        }
        return days == 0 ? "today" : days + "d ago";
    }
}
