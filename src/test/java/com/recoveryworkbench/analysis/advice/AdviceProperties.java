package com.recoveryworkbench.analysis.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Properties of the advice on random acyclic plans of up to 10 services in two regions, some with a
 * standby in the other region, a scenario that loses r1 beside the total one, limited capacity now and
 * then, and rates on some tiers. The outcome is recomputed here from the analyses, independently of
 * the advisor's own bookkeeping.
 */
class AdviceProperties {
    private static final RecoveryAnalyzer ANALYZER = new RecoveryAnalyzer();

    @Property(tries = 150)
    void everyListedCandidateAppliedGivesExactlyTheBeforeAndAfterItShows(@ForAll("plans") Plan plan) {
        List<Scenario> scenarios = plan.scenarios();
        Advice advice = new Advisor().advise(plan, scenarios);
        Outcome before = outcome(plan, scenarios);
        assertEquals(before, advice.before());
        Statistics.collect(advice.candidates().isEmpty() ? "no candidate" : "candidates");
        Statistics.coverage(coverage -> coverage.check("candidates").percentage(p -> p > 30));
        for (Candidate c : advice.candidates()) {
            assertEquals(before, c.before(), c.change().toString());
            assertEquals(outcome(c.change().applyTo(plan), scenarios), c.after(), c.change().toString());
        }
    }

    @Property(tries = 150)
    void theRequiredTimeIsTheLargestThatMeetsTheTarget(@ForAll("plans") Plan plan) {
        List<Scenario> scenarios = plan.scenarios();
        for (Candidate c : new Advisor().advise(plan, scenarios).candidates()) {
            boolean failover = c.change() instanceof PlanChange.FailoverTime;
            for (Requirement r : c.requirements()) {
                Scenario scenario = plan.scenario(r.scenarioId()).orElseThrow();
                ServiceResult at = result(plan, r.service(), failover, r.required(), r.late(), scenario);
                ServiceResult oneMore = result(plan, r.service(), failover, r.required().plusSeconds(1), r.late(),
                        scenario);
                if (r.meets()) {
                    assertEquals(Boolean.TRUE, at.rtoMet(), r.toString());
                    assertNotEquals(Boolean.TRUE, oneMore.rtoMet(), r.toString());
                } else {
                    assertEquals(r.reachedUp(), at.up(), r.toString());
                    assertTrue(oneMore.up().compareTo(at.up()) > 0, r.toString());
                }
            }
        }
    }

    @Property(tries = 150)
    void noListedFixMakesAnyServiceLaterOrLoseATarget(@ForAll("plans") Plan plan) {
        List<Scenario> scenarios = plan.scenarios();
        for (Candidate c : new Advisor().advise(plan, scenarios).candidates()) {
            if (c.change().isPolicy()) {
                continue;
            }
            Plan changed = c.change().applyTo(plan);
            for (Scenario scenario : scenarios) {
                List<ServiceResult> was = ANALYZER.analyze(plan, scenario).results();
                List<ServiceResult> now = ANALYZER.analyze(changed, scenario).results();
                for (int i = 0; i < was.size(); i++) {
                    ServiceResult w = was.get(i);
                    ServiceResult n = now.get(i);
                    String where = c.change() + " " + w.id() + " in " + scenario.id();
                    assertTrue(w.up() == null || (n.up() != null && n.up().compareTo(w.up()) <= 0), where);
                    assertTrue(!Boolean.TRUE.equals(w.rtoMet()) || Boolean.TRUE.equals(n.rtoMet()), where);
                    assertTrue(!Boolean.TRUE.equals(w.rpoMet()) || Boolean.TRUE.equals(n.rpoMet()), where);
                }
            }
        }
    }

    private static ServiceResult result(Plan plan, String service, boolean failover, Duration time, String late,
                                        Scenario scenario) {
        Service s = plan.service(service).orElseThrow();
        Plan changed = plan.withService(failover ? s.toBuilder().failoverTime(time).build()
                : s.toBuilder().restoreTime(time).build());
        return ANALYZER.analyze(changed, scenario).result(late).orElseThrow();
    }

    /** Misses, lateness, the longest makespan and the summed cost, straight from the analyses. */
    private static Outcome outcome(Plan plan, List<Scenario> scenarios) {
        int misses = 0;
        long lateness = 0;
        Long makespan = null;
        BigDecimal cost = null;
        boolean rates = plan.tiers().stream().anyMatch(t -> t.downtimeCostPerHour() != null);
        for (Scenario scenario : scenarios) {
            Analysis analysis = ANALYZER.analyze(plan, scenario);
            for (ServiceResult r : analysis.results()) {
                misses += r.verdict() == Verdict.MISSED ? 1 : 0;
                if (Boolean.FALSE.equals(r.rtoMet()) && r.up() != null) {
                    lateness += r.up().minus(r.rtoTarget()).getSeconds();
                }
                if (rates) {
                    BigDecimal rate = plan.tier(plan.service(r.id()).orElseThrow().tier()).orElseThrow()
                            .downtimeCostPerHour();
                    long seconds = !r.isDown() ? 0 : r.up() == null ? plan.settings().horizon().getSeconds()
                            : r.up().getSeconds();
                    BigDecimal serviceCost = rate == null ? BigDecimal.ZERO : rate.multiply(BigDecimal.valueOf(seconds))
                            .divide(BigDecimal.valueOf(3600), 2, java.math.RoundingMode.HALF_UP);
                    cost = (cost == null ? BigDecimal.ZERO.setScale(2) : cost).add(serviceCost);
                }
            }
            if (analysis.makespan() != null) {
                makespan = Math.max(makespan == null ? 0 : makespan, analysis.makespan().getSeconds());
            }
        }
        return new Outcome(misses, lateness, makespan, cost);
    }

    @Provide
    Arbitrary<Plan> plans() {
        return Arbitraries.integers().between(1, 10).flatMap(n -> Combinators.combine(
                Arbitraries.integers().between(0, 40).list().ofSize(n),
                Arbitraries.integers().between(0, 3).list().ofSize(n),
                Arbitraries.integers().between(0, 5).list().ofSize(n),
                Arbitraries.integers().between(0, n * n).list().ofMaxSize(2 * n),
                Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(0, 2),
                Arbitraries.of(true, false))
                .as(AdviceProperties::plan));
    }

    /**
     * @param shape per service: 0-1 no standby; 2 warm standby in r2 failing over in 5m; 3 pilot light in
     *              r2 without a failover time; 4 active-active with r2; 5 a backup every 10m
     * @param edges each a from/to pair coded as {@code from * n + to}; from the later service to the earlier
     */
    private static Plan plan(List<Integer> restore, List<Integer> tiers, List<Integer> shape, List<Integer> edges,
                             int delayMinutes, int capacity, boolean rates) {
        int n = restore.size();
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Service.Builder b = Service.builder(id(i), ServiceKind.APPLICATION).tier("tier-" + tiers.get(i))
                    .restoreTime(Duration.ofMinutes(restore.get(i))).region(i % 2 == 0 ? "r1" : "r2");
            switch (shape.get(i)) {
                case 2 -> b.strategy(RecoveryStrategy.WARM_STANDBY).standbyRegion("r2").failoverTime(Duration.ofMinutes(5));
                case 3 -> b.strategy(RecoveryStrategy.PILOT_LIGHT).standbyRegion("r2");
                case 4 -> b.strategy(RecoveryStrategy.ACTIVE_ACTIVE).standbyRegion("r2");
                case 5 -> b.kind(ServiceKind.DATABASE).protection(DataProtection.backup(Duration.ofMinutes(10), null));
                default -> b.standbyRegion(shape.get(i) == 1 ? "r2" : "");
            }
            services.add(b.build());
        }
        Map<String, Dependency> dependencies = new LinkedHashMap<>();
        for (int code : edges) {
            int a = code / n % n;
            int b = code % n;
            if (a != b) {
                Dependency d = new Dependency(id(Math.max(a, b)), id(Math.min(a, b)),
                        code % 4 == 0 ? com.recoveryworkbench.model.DependencyType.SOFT
                                : com.recoveryworkbench.model.DependencyType.HARD);
                dependencies.putIfAbsent(d.from() + ">" + d.to(), d);
            }
        }
        List<TierPolicy> tierPolicies = TierPolicy.defaults().stream()
                .map(t -> rates && !t.id().equals("tier-3") ? t.withDowntimeCostPerHour(BigDecimal.valueOf(1000)) : t)
                .toList();
        return new Plan("random", "", new Settings(Duration.ofMinutes(delayMinutes), capacity), tierPolicies,
                services, dependencies.values(), List.of(Scenario.losing("r1-lost", "r1 lost", List.of("r1"), List.of())));
    }

    private static String id(int i) {
        return String.format("s%02d", i);
    }
}
