package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.testplans.RandomPlanArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleProperties {

    @Provide
    Arbitrary<Plan> acyclic() {
        return RandomPlanArbitraries.plans(false);
    }

    @Provide
    Arbitrary<Plan> anyPlan() {
        return RandomPlanArbitraries.plans(true);
    }

    @Property
    void everyScheduledServiceIsUpAfterItsHardDependencies(@ForAll("anyPlan") Plan plan) {
        ScheduleOracle facts = new ScheduleOracle(plan);
        for (Service s : facts.services()) {
            ServiceResult r = facts.result(s);
            if (!r.isScheduled()) {
                continue;
            }
            assertTrue(r.start().compareTo(plan.settings().declarationDelay()) >= 0, s.id());
            assertEquals(r.start().plus(facts.restore(s.id())), r.up(), s.id());
            for (String d : facts.hardDependencies(s.id())) {
                ServiceResult dep = facts.analysis.result(d).orElseThrow();
                assertNotNull(dep.up(), d + " scheduled before its dependent " + s.id());
                assertTrue(r.up().compareTo(dep.up().plus(facts.restore(s.id()))) >= 0, s.id() + " after " + d);
                assertTrue(r.wave() > dep.wave(), s.id() + " in a later wave than " + d);
            }
        }
    }

    @Property
    void acyclicPlansScheduleEveryService(@ForAll("acyclic") Plan plan) {
        Analysis analysis = new RecoveryAnalyzer().analyze(plan);

        assertTrue(analysis.cycles().isEmpty());
        assertTrue(analysis.results().stream().allMatch(ServiceResult::isScheduled));
        assertEquals(plan.serviceCount(), analysis.waves().values().stream().mapToInt(List::size).sum());
    }

    @Property
    void exactlyTheServicesThatReachACycleAreBlocked(@ForAll("anyPlan") Plan plan) {
        ScheduleOracle facts = new ScheduleOracle(plan);
        Set<String> onCycles = facts.onCycles();

        for (Service s : facts.services()) {
            boolean blocked = facts.reachesCycle(s.id(), onCycles);
            assertEquals(blocked, !facts.result(s).isScheduled(), s.id());
            assertEquals(blocked, facts.result(s).verdict() == Verdict.BLOCKED, s.id());
        }
        Set<String> members = new HashSet<>();
        facts.analysis.cycles().forEach(members::addAll);
        assertEquals(onCycles, members);
    }

    @Property
    void unlimitedCapacityStartsEachServiceAsSoonAsItIsReady(@ForAll("anyPlan") Plan plan) {
        ScheduleOracle facts = new ScheduleOracle(plan.withSettings(plan.settings().withRestoreCapacity(Settings.UNLIMITED)));
        for (Service s : facts.services()) {
            if (facts.result(s).isScheduled()) {
                assertEquals(facts.readyAt(s.id()), facts.result(s).start(), s.id());
            }
        }
    }

    @Property
    void criticalPathIsAChainOfHardDependenciesThatAddsUpToTheUpTime(@ForAll("anyPlan") Plan plan) {
        ScheduleOracle facts = new ScheduleOracle(plan.withSettings(plan.settings().withRestoreCapacity(Settings.UNLIMITED)));
        for (Service s : facts.services()) {
            List<String> path = facts.result(s).criticalPath();
            if (!facts.result(s).isScheduled()) {
                assertTrue(path.isEmpty());
                continue;
            }
            assertEquals(s.id(), path.get(path.size() - 1));
            assertTrue(facts.hardDependencies(path.get(0)).isEmpty(), "path starts with a service needing nothing");
            Duration total = plan.settings().declarationDelay();
            for (int k = 0; k < path.size(); k++) {
                total = total.plus(facts.restore(path.get(k)));
                if (k > 0) {
                    assertTrue(facts.hardDependencies(path.get(k)).contains(path.get(k - 1)), path.toString());
                }
            }
            assertEquals(facts.result(s).up(), total, path.toString());
        }
    }

    @Property
    void neverMoreRestoresAtOnceThanTheCapacity(@ForAll("anyPlan") Plan plan) {
        ScheduleOracle facts = new ScheduleOracle(limited(plan));
        int capacity = facts.plan.settings().restoreCapacity();
        for (Service s : facts.services()) {
            if (facts.result(s).isScheduled()) {
                assertTrue(running(facts, facts.result(s).start()) <= capacity, "at " + facts.result(s).start());
            }
        }
    }

    @Property
    void noSlotIdlesWhileAServiceIsReady(@ForAll("anyPlan") Plan plan) {
        ScheduleOracle facts = new ScheduleOracle(limited(plan));
        int capacity = facts.plan.settings().restoreCapacity();
        for (Duration t : eventTimes(facts)) {
            for (Service s : facts.services()) {
                ServiceResult r = facts.result(s);
                if (r.isScheduled() && facts.readyAt(s.id()).compareTo(t) <= 0 && r.start().compareTo(t) > 0) {
                    assertEquals(capacity, running(facts, t), s.id() + " ready but waiting at " + t);
                }
            }
        }
    }

    @Property
    void zeroTimeServicesAreUpTheMomentTheyAreReady(@ForAll("anyPlan") Plan plan) {
        ScheduleOracle facts = new ScheduleOracle(limited(plan));
        for (Service s : facts.services()) {
            if (facts.result(s).isScheduled() && facts.restore(s.id()).isZero()) {
                assertEquals(facts.readyAt(s.id()), facts.result(s).start(), s.id());
            }
        }
    }

    @Property
    void aServiceThatStartsGoesBeforeEveryReadyServiceThatWaits(@ForAll("anyPlan") Plan plan) {
        ScheduleOracle facts = new ScheduleOracle(limited(plan));
        Map<String, Duration> memo = facts.newMemo();
        Comparator<Service> priority = Comparator
                .comparing((Service s) -> facts.result(s).rtoTarget(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> facts.chain(s.id(), memo), Comparator.reverseOrder())
                .thenComparing(Service::id);
        for (Service started : facts.services()) {
            ServiceResult s = facts.result(started);
            if (!s.isScheduled() || facts.restore(started.id()).isZero()) {
                continue;
            }
            for (Service waiting : facts.services()) {
                ServiceResult w = facts.result(waiting);
                if (w.isScheduled() && !facts.restore(waiting.id()).isZero()
                        && facts.readyAt(waiting.id()).compareTo(s.start()) <= 0 && w.start().compareTo(s.start()) > 0) {
                    assertTrue(priority.compare(started, waiting) < 0, started.id() + " started before " + waiting.id());
                }
            }
        }
    }

    @Property
    void samePlanGivesAnEqualAnalysis(@ForAll("anyPlan") Plan plan) {
        List<Service> services = new ArrayList<>(plan.services());
        List<Dependency> dependencies = new ArrayList<>(plan.dependencies());
        Collections.reverse(services);
        Collections.reverse(dependencies);
        Plan rebuilt = new Plan(plan.name(), plan.description(), plan.settings(), plan.tiers(), services, dependencies);

        Analysis first = new RecoveryAnalyzer().analyze(plan);
        Analysis second = new RecoveryAnalyzer().analyze(rebuilt);

        assertEquals(first.results(), second.results());
        assertEquals(first.findings(), second.findings());
        assertEquals(first.cycles(), second.cycles());
        assertEquals(first.waves(), second.waves());
        assertEquals(first.makespan(), second.makespan());
        assertEquals(first.summary(), second.summary());
    }

    @Property
    void findingsAreListedBySeverityRuleFirstServiceAndMessage(@ForAll("anyPlan") Plan plan) {
        Analysis analysis = new RecoveryAnalyzer().analyze(plan);
        Comparator<Finding> order = Comparator.comparing(Finding::severity).thenComparing(Finding::rule)
                .thenComparing(f -> f.services().get(0)).thenComparing(Finding::message);

        List<Finding> sorted = new ArrayList<>(analysis.findings());
        sorted.sort(order);
        assertEquals(sorted, analysis.findings());
        for (Service s : plan.services()) {
            assertEquals(analysis.findings().stream().filter(f -> f.services().contains(s.id())).toList(),
                    analysis.findingsFor(s.id()));
        }
    }

    @Property
    void impactHoldsEveryDirectAndIndirectDependent(@ForAll("anyPlan") Plan plan) {
        Analysis analysis = new RecoveryAnalyzer().analyze(plan);
        for (Dependency d : plan.dependencies()) {
            if (plan.hasService(d.from()) && plan.hasService(d.to()) && !d.from().equals(d.to())) {
                Set<String> impact = analysis.impactOf(d.to());
                assertTrue(impact.contains(d.from()), d.toString());
                Set<String> further = new TreeSet<>(analysis.impactOf(d.from()));
                further.remove(d.to());
                assertTrue(impact.containsAll(further), d.toString());
            }
        }
    }

    private static Plan limited(Plan plan) {
        int capacity = Math.max(1, plan.settings().restoreCapacity());
        return plan.withSettings(plan.settings().withRestoreCapacity(capacity));
    }

    /** Restores in progress at {@code t}: started at or before it, up after it. Zero-time ones never run. */
    private static long running(ScheduleOracle facts, Duration t) {
        return facts.services().stream().map(facts::result)
                .filter(r -> r.isScheduled() && r.start().compareTo(t) <= 0 && r.up().compareTo(t) > 0)
                .count();
    }

    /** Readiness and slots change only when restores begin, when a service starts and when one is up. */
    private static Set<Duration> eventTimes(ScheduleOracle facts) {
        Set<Duration> times = new TreeSet<>(List.of(facts.plan.settings().declarationDelay()));
        for (Service s : facts.services()) {
            if (facts.result(s).isScheduled()) {
                times.add(facts.result(s).start());
                times.add(facts.result(s).up());
            }
        }
        return times;
    }
}
