package com.recoveryworkbench.analysis.advice;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * The exact time one service's restore (or failover) must come down to for one late service: the
 * largest whole number of seconds at which it meets its RTO target, where one second more misses.
 * When even zero does not meet it, the largest time at which it is up as early as this service alone
 * can bring it, where one second more is later. Found by re-analysis only: the estimate (now minus
 * the lateness, or minus what zero would gain) is tried first, which a plan without capacity limits
 * confirms in two analyses; otherwise a binary search between zero and the present time finds the
 * boundary. One instance answers one question, on one thread.
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
    private final Map<Long, ServiceResult> analysed = new HashMap<>();

    RequiredTime(Plan plan, String service, boolean failover, String late, Scenario scenario) {
        this.plan = plan;
        this.service = service;
        this.failover = failover;
        this.late = late;
        this.scenario = scenario;
    }

    /**
     * @param current  the service's present time in seconds, at which {@code late} misses
     * @param upNow    when {@code late} is up now
     * @param lateness how many seconds past its target {@code late} is up now
     * @return the time, or empty when no shorter time brings {@code late} any sooner
     */
    Optional<Found> find(long current, Duration upNow, long latenessSeconds) {
        ServiceResult atZero = resultAt(0);
        if (Boolean.TRUE.equals(atZero.rtoMet())) {
            LongPredicate meets = t -> Boolean.TRUE.equals(resultAt(t).rtoMet());
            // Without capacity limits the late service is up at max(t + its chain through S, other chains),
            // so the lateness tells the boundary; the two analyses around it confirm it.
            long estimate = current - latenessSeconds;
            if (confirmed(meets, estimate, current)) {
                return Optional.of(found(estimate, true));
            }
            return Optional.of(found(boundary(meets, current), true));
        }
        Duration soonest = atZero.up();
        if (soonest == null || upNow == null || soonest.compareTo(upNow) >= 0) {
            return Optional.empty();
        }
        LongPredicate asSoonAsCanBe = t -> resultAt(t).up().compareTo(soonest) <= 0;
        long estimate = current - upNow.minus(soonest).getSeconds();
        if (confirmed(asSoonAsCanBe, estimate, current)) {
            return Optional.of(found(estimate, false));
        }
        return Optional.of(found(boundary(asSoonAsCanBe, current), false));
    }

    /** Whether {@code t} is the boundary: it passes and one second more does not. */
    private static boolean confirmed(LongPredicate passes, long t, long current) {
        return t >= 0 && t < current && passes.test(t) && !passes.test(t + 1);
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

    /** The late service's result with the service's time at {@code seconds}; each time is analysed once. */
    ServiceResult resultAt(long seconds) {
        return analysed.computeIfAbsent(seconds, t -> ANALYZER.analyze(
                withTime(plan, service, failover, Duration.ofSeconds(t)), scenario).result(late).orElseThrow());
    }

    static Plan withTime(Plan plan, String service, boolean failover, Duration time) {
        Service s = plan.service(service).orElseThrow();
        return plan.withService(failover ? s.toBuilder().failoverTime(time).build()
                : s.withRestoreTime(time));
    }
}
