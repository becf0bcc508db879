package com.recoveryworkbench.analysis.advice;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which changes the {@link Advisor} tries, all taken from the late chains (the critical paths of the
 * services that are up too late), since a change elsewhere cannot bring any of them sooner:
 * <ul>
 *   <li>a shorter restore or failover time for the {@value #KNOBS} services on the most late chains,
 *       at the exact time each of up to {@value #LATES_PER_KNOB} of their late services needs (the
 *       least late first, as they are the likeliest to be cleared);</li>
 *   <li>each of the {@value #EDGES} hard dependencies on the most late chains made soft;</li>
 *   <li>active-active, or warm standby where a failover time is known, for the {@value #KNOBS} services
 *       with a standby region on the most late chains of scenarios other than the total one (in the
 *       total scenario every service is restored whatever its strategy);</li>
 *   <li>one more restore slot when capacity is limited; the declaration delay one {@link DelaySteps step}
 *       shorter;</li>
 *   <li>each tier's RTO target relaxed to the latest up time of its late services (policy).</li>
 * </ul>
 * The limits keep advice on 10,000 services within seconds; they are documented in docs/advice.md.
 */
final class CandidateChanges {
    /** Change types from the most to the least direct, the last tie-break of the ranking. */
    static final List<String> TYPES = List.of("restore-time", "failover-time", "make-soft", "strategy", "capacity",
            "declaration-delay", "relax-target");
    static final int KNOBS = 16;
    static final int LATES_PER_KNOB = 4;
    static final int EDGES = 16;

    private final Plan plan;
    private final List<Scenario> scenarios;
    private final LateChains chains;

    CandidateChanges(Plan plan, List<Scenario> scenarios, LateChains chains) {
        this.plan = plan;
        this.scenarios = scenarios;
        this.chains = chains;
    }

    List<Advisor.Proposal> propose() {
        List<Advisor.Proposal> proposals = new ArrayList<>();
        if (chains.isEmpty()) {
            return proposals;
        }
        chains.knobs(KNOBS).parallelStream().map(this::timeChanges).toList().forEach(proposals::addAll);
        for (String[] edge : chains.edges(EDGES)) {
            plan.dependency(edge[0], edge[1]).filter(Dependency::isHard)
                    .ifPresent(d -> proposals.add(new Advisor.Proposal(new PlanChange.MakeSoft(d.from(), d.to()))));
        }
        for (String id : chains.servicesInScenarios(KNOBS)) {
            plan.service(id).ifPresent(s -> strategyChanges(s, proposals));
        }
        Settings settings = plan.settings();
        if (settings.capacityLimited()) {
            int capacity = settings.restoreCapacity();
            proposals.add(new Advisor.Proposal(new PlanChange.Capacity(capacity, capacity + 1)));
        }
        DelaySteps.below(settings.declarationDelay()).ifPresent(shorter -> proposals.add(
                new Advisor.Proposal(new PlanChange.DeclarationDelay(settings.declarationDelay(), shorter))));
        relaxedTargets(proposals);
        return proposals;
    }

    /** One change per distinct required time, each carrying the misses that need exactly that time. */
    private List<Advisor.Proposal> timeChanges(LateChains.Knob knob) {
        Service service = plan.service(knob.service()).orElseThrow();
        Duration now = knob.failover() ? service.failoverTime() : service.restoreTime();
        if (now == null || now.isZero()) {
            return List.of();
        }
        TreeMap<Long, List<Requirement>> byTime = new TreeMap<>();
        knob.lates().stream()
                .sorted(Comparator.comparingLong(LateChains.Late::latenessSeconds)
                        .thenComparing(LateChains.Late::service).thenComparing(LateChains.Late::scenarioId))
                .limit(LATES_PER_KNOB)
                .forEach(late -> {
                    Scenario scenario = scenarios.get(late.scenarioIndex());
                    Optional<RequiredTime.Found> found = new RequiredTime(plan, knob.service(), knob.failover(),
                            late.service(), scenario).find(now.getSeconds(), late.result().up(), late.latenessSeconds());
                    found.ifPresent(f -> byTime.computeIfAbsent(f.seconds(), s -> new ArrayList<>())
                            .add(new Requirement(knob.service(), Duration.ofSeconds(f.seconds()), late.service(),
                                    late.result().rtoTarget(), scenario.id(), f.meets(), f.up())));
                });
        List<Advisor.Proposal> proposals = new ArrayList<>();
        for (Map.Entry<Long, List<Requirement>> entry : byTime.entrySet()) {
            Duration to = Duration.ofSeconds(entry.getKey());
            PlanChange change = knob.failover() ? new PlanChange.FailoverTime(knob.service(), now, to)
                    : new PlanChange.RestoreTime(knob.service(), now, to);
            proposals.add(new Advisor.Proposal(change, entry.getValue()));
        }
        return proposals;
    }

    private static void strategyChanges(Service s, List<Advisor.Proposal> proposals) {
        if (s.standbyRegion().isEmpty()) {
            return;
        }
        RecoveryStrategy now = s.strategy();
        if (now != RecoveryStrategy.ACTIVE_ACTIVE) {
            proposals.add(new Advisor.Proposal(
                    new PlanChange.Strategy(s.id(), now, RecoveryStrategy.ACTIVE_ACTIVE)));
        }
        if (s.failoverTime() != null && now != RecoveryStrategy.WARM_STANDBY && now != RecoveryStrategy.ACTIVE_ACTIVE) {
            proposals.add(new Advisor.Proposal(new PlanChange.Strategy(s.id(), now, RecoveryStrategy.WARM_STANDBY)));
        }
    }

    /** Per tier, its RTO target raised to the latest up time of the late services that take it from the tier. */
    private void relaxedTargets(List<Advisor.Proposal> proposals) {
        TreeMap<String, Duration> latest = new TreeMap<>();
        for (Service s : plan.services()) {
            if (s.rtoTarget() != null || plan.tier(s.tier()).isEmpty()) {
                continue;
            }
            chains.lateUpTimes(s.id())
                    .forEach(up -> latest.merge(s.tier(), up, (a, b) -> a.compareTo(b) >= 0 ? a : b));
        }
        latest.forEach((tierId, up) -> {
            TierPolicy tier = plan.tier(tierId).orElseThrow();
            if (up.compareTo(tier.rtoTarget()) > 0 && up.compareTo(Durations.MAX) <= 0) {
                proposals.add(new Advisor.Proposal(new PlanChange.RelaxTarget(tierId, tier.rtoTarget(), up)));
            }
        });
    }
}
