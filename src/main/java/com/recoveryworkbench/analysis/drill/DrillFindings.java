package com.recoveryworkbench.analysis.drill;

import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.Severity;
import com.recoveryworkbench.model.ClaimedRecovery;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The findings about drill evidence, each naming the drill and the numbers. A measured restore is
 * compared with the plan's restore time, a measured failover with its failover time, never one with
 * the other ({@link MeasuredAction}). Rules:
 * <ul>
 *   <li>{@value #RULE_OPTIMISTIC_PLAN} (warning): the latest measured restore (or failover) is more than
 *       10 % above the restore (or failover) time the plan claims today.</li>
 *   <li>{@value #RULE_FAILED_IN_DRILL} (error): the service failed in its latest drill.</li>
 *   <li>{@value #RULE_NEVER_DRILLED} (warning): its tier has a drill cadence and no drill covered it.</li>
 *   <li>{@value #RULE_DRILL_OVERDUE} (warning): its tier has a drill cadence and the latest drill it
 *       recovered in is older than the cadence as of the date (or it never recovered in one).</li>
 *   <li>{@value #RULE_STALE_EVIDENCE} (warning): for the latest result of each action, what the plan
 *       claims today differs from what it claimed on the day of the drill in what bears on that action:
 *       the strategy and the hard dependencies, and for a restore the restore time.</li>
 * </ul>
 * Sorted as {@code Analysis#findings()} are: errors first, then by rule, first service and message.
 */
public final class DrillFindings {
    public static final String RULE_OPTIMISTIC_PLAN = "optimistic-plan";
    public static final String RULE_FAILED_IN_DRILL = "failed-in-drill";
    public static final String RULE_NEVER_DRILLED = "never-drilled";
    public static final String RULE_DRILL_OVERDUE = "drill-overdue";
    public static final String RULE_STALE_EVIDENCE = "stale-evidence";

    /** A measured time counts as slower than planned only beyond this share: drills vary a little. */
    static final BigDecimal TOLERANCE = new BigDecimal("0.10");

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::rule)
            .thenComparing((Finding f) -> f.services().isEmpty() ? "" : f.services().get(0))
            .thenComparing(Finding::message);

    private DrillFindings() {
    }

    static List<Finding> of(Plan plan, EvidenceIndex evidence, CadenceCheck cadence) {
        List<Finding> findings = new ArrayList<>();
        for (Service service : plan.services()) {
            evidence.latest(service.id()).flatMap(e -> failed(service, e)).ifPresent(findings::add);
            for (MeasuredAction action : MeasuredAction.values()) {
                Optional<Evidence> latest = evidence.latest(service.id(), action);
                latest.flatMap(e -> optimistic(service, e)).ifPresent(findings::add);
                latest.flatMap(e -> stale(plan, service, e)).ifPresent(findings::add);
            }
        }
        for (CadenceStatus status : cadence.statuses()) {
            if (!status.current()) {
                findings.add(cadenceGap(plan.service(status.service()).orElseThrow(), status, cadence));
            }
        }
        findings.sort(ORDER);
        return List.copyOf(findings);
    }

    /** Whether {@code measured} is more than 10 % above {@code planned}, decided in exact arithmetic. */
    static boolean slowerThanPlanned(Duration measured, Duration planned) {
        BigDecimal limit = BigDecimal.valueOf(planned.getSeconds()).multiply(BigDecimal.ONE.add(TOLERANCE));
        return BigDecimal.valueOf(measured.getSeconds()).compareTo(limit) > 0;
    }

    private static Optional<Finding> optimistic(Service service, Evidence e) {
        Duration planned = e.action().planned(service);
        if (e.measured() == null || planned == null || !slowerThanPlanned(e.measured(), planned)) {
            return Optional.empty();
        }
        String share = planned.isZero() ? ""
                : ", " + BigDecimal.valueOf(e.measured().getSeconds() - planned.getSeconds())
                        .multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(planned.getSeconds()), 0, RoundingMode.HALF_UP) + " % slower";
        return Optional.of(new Finding(Severity.WARNING, RULE_OPTIMISTIC_PLAN, List.of(service.id()),
                service.name() + " " + e.action().timedAs() + " " + Durations.format(e.measured()) + " in the "
                        + e.date() + " drill (" + e.drill() + "), planned " + e.action().claim(planned) + share));
    }

    private static Optional<Finding> failed(Service service, Evidence e) {
        if (e.outcome() != DrillOutcome.FAILED) {
            return Optional.empty();
        }
        String measured = e.measured() == null ? "" : " after " + Durations.format(e.measured());
        return Optional.of(new Finding(Severity.ERROR, RULE_FAILED_IN_DRILL, List.of(service.id()),
                service.name() + " failed to recover" + measured + " in the " + e.date() + " drill (" + e.drill()
                        + ")" + (e.result().notes().isBlank() ? "" : ": " + e.result().notes().strip())));
    }

    private static Optional<Finding> stale(Plan plan, Service service, Evidence e) {
        ClaimedRecovery then = e.result().claimed();
        ClaimedRecovery now = ClaimedRecovery.of(plan, service.id());
        List<String> changes = StaleClaims.changes(then, now, e.action());
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(Severity.WARNING, RULE_STALE_EVIDENCE, List.of(service.id()),
                service.name() + "'s evidence from the " + e.date() + " drill (" + e.drill()
                        + ") is stale: since then " + String.join("; ", changes)));
    }

    private static Finding cadenceGap(Service service, CadenceStatus status, CadenceCheck check) {
        String every = DrillCadence.days(status.cadence()) + " days";
        String who = service.name() + " (" + status.tier() + ")";
        if (!status.drilled()) {
            return new Finding(Severity.WARNING, RULE_NEVER_DRILLED, List.of(service.id()),
                    who + " has never been drilled; its tier asks for a drill every " + every);
        }
        String message = status.lastRecovered() == null
                ? who + " has not recovered in any drill; its tier asks for a passing drill every " + every
                : who + " last recovered in the " + status.lastRecovered().date() + " drill ("
                        + status.lastRecovered().drill() + "); a drill every " + every + " was due by "
                        + status.lastCurrentDay().orElseThrow() + ", " + check.asOf() + " is past it";
        return new Finding(Severity.WARNING, RULE_DRILL_OVERDUE, List.of(service.id()), message);
    }
}
