package com.recoveryworkbench.analysis.advice;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * The exact time one service's restore (or failover) must come down to for one late service: the
 * largest whole number of seconds at which it meets its RTO target, where one second more misses.
 * When even zero does not meet it, the largest time at which it is up as early as this service alone
 * can bring it, where one second more is later. Found by re-analysis only: the estimate "now minus
 * the lateness" is tried first, which a plan without capacity limits usually confirms in two analyses;
 * otherwise a binary search between zero and the present time finds the boundary. Stateless and
 * thread-safe.
 */
final class RequiredTime {
    private static final RecoveryAnalyzer ANALYZER = new RecoveryAnalyzer();

    /** The time found, whether it meets the target, and when the late service is up with it. */
    record Found(long seconds, boolean meets, Duration up) {
    }

    private final Plan plan;
    private final String service;
    private final boolean failover;
    private final String late;
    private final Scenario scenario;

    RequiredTime(Plan plan, String service, boolean failover, String late, Scenario scenario) {
        this.plan = plan;
        this.service = service;
        this.failover = failover;
        this.late = late;
        this.scenario = scenario;
    }

    /**
     * @param current the service's present time in seconds, at which {@code late} misses
     * @return the time, or empty when no shorter time brings {@code late} any sooner
     */
    Optional<Found> find(long current, long latenessSeconds) {
        LongPredicate meets = t -> Boolean.TRUE.equals(resultAt(t).rtoMet());
        long estimate = current - latenessSeconds;
        if (estimate >= 0 && meets.test(estimate) && !meets.test(estimate + 1)) {
            return Optional.of(found(estimate, true));
        }
        if (meets.test(0)) {
            return Optional.of(found(boundary(meets, current), true));
        }
        Duration soonest = resultAt(0).up();
        Duration now = resultAt(current).up();
        if (soonest == null || now == null || soonest.compareTo(now) >= 0) {
            return Optional.empty();
        }
        return Optional.of(found(boundary(t -> resultAt(t).up().compareTo(soonest) <= 0, current), false));
    }

    /** The largest t below {@code current} that passes, given that 0 passes and {@code current} does not. */
    private static long boundary(LongPredicate passes, long current) {
        long pass = 0;
        long fail = current;
        while (fail - pass > 1) {
            long mid = pass + (fail - pass) / 2;
            if (passes.test(mid)) {
                pass = mid;
            } else {
                fail = mid;
            }
        }
        return pass;
    }

    private Found found(long seconds, boolean meets) {
        return new Found(seconds, meets, resultAt(seconds).up());
    }

    ServiceResult resultAt(long seconds) {
        Plan changed = withTime(plan, service, failover, Duration.ofSeconds(seconds));
        return ANALYZER.analyze(changed, scenario).result(late).orElseThrow();
    }

    static Plan withTime(Plan plan, String service, boolean failover, Duration time) {
        Service s = plan.service(service).orElseThrow();
        return plan.withService(failover ? s.toBuilder().failoverTime(time).build()
                : s.toBuilder().restoreTime(time).build());
    }
}
