package com.recoveryworkbench.testplans;

import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The random plans of {@link RandomPlanArbitraries} with what scenarios need: each service in one of
 * three regions (or none), any strategy, a standby region, a failover time (some unknown) and any kind
 * of data protection, and one to four scenarios losing regions and services, some corrupting data.
 */
public final class RandomScenarioArbitraries {
    public static final List<String> REGIONS = List.of("eu", "us", "ap");
    private static final List<String> REGION_OR_NONE = List.of("eu", "us", "ap", "");

    private RandomScenarioArbitraries() {
    }

    /**
     * @param failoverNoLongerThanRestore keep every failover time within the service's restore time
     * @param ownDelays                   let scenarios have their own declaration delay
     */
    public static Arbitrary<Plan> plans(boolean allowCycles, boolean failoverNoLongerThanRestore, boolean ownDelays) {
        return RandomPlanArbitraries.plans(allowCycles).flatMap(plan -> Combinators.combine(
                resilience().list().ofSize(plan.serviceCount()),
                scenario(plan.serviceCount(), ownDelays).list().ofMinSize(1).ofMaxSize(4))
                .as((facts, scenarios) -> decorate(plan, facts, scenarios, failoverNoLongerThanRestore)));
    }

    /** Region, strategy (or null), standby region, failover minutes (-1: unknown), protection choice. */
    private record Resilience(String region, RecoveryStrategy strategy, String standby, int failover, int protection) {
    }

    private static Arbitrary<Resilience> resilience() {
        return Combinators.combine(Arbitraries.of(REGION_OR_NONE),
                Arbitraries.of(RecoveryStrategy.class).injectNull(0.2), Arbitraries.of(REGION_OR_NONE),
                Arbitraries.integers().between(-1, 60), Arbitraries.integers().between(0, 4))
                .as(Resilience::new);
    }

    private static Arbitrary<Scenario> scenario(int services, boolean ownDelays) {
        return Combinators.combine(Arbitraries.of(REGIONS).set().ofMaxSize(3),
                Arbitraries.integers().between(0, services - 1).set().ofMaxSize(3),
                Arbitraries.of(true, false).list().ofSize(2), Arbitraries.integers().between(0, 30),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6))
                .as((regions, indices, flags, delay, id) -> new Scenario("s-" + id, "Scenario " + id, "",
                        List.copyOf(regions), indices.stream().map(i -> String.format("s%02d", i)).toList(),
                        flags.get(0), ownDelays && flags.get(1) ? Duration.ofMinutes(delay) : null));
    }

    private static Plan decorate(Plan plan, List<Resilience> facts, List<Scenario> scenarios,
                                 boolean failoverNoLongerThanRestore) {
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            Service s = plan.services().get(i);
            Resilience r = facts.get(i);
            Duration failover = r.failover() < 0 ? null : Duration.ofMinutes(r.failover());
            if (failoverNoLongerThanRestore && failover != null) {
                Duration restore = s.restoreTime() == null ? Duration.ZERO : s.restoreTime();
                failover = failover.compareTo(restore) > 0 ? restore : failover;
            }
            services.add(s.toBuilder().region(r.region()).strategy(r.strategy()).standbyRegion(r.standby())
                    .failoverTime(failover).protection(protection(r.protection(), s)).build());
        }
        Plan decorated = plan.withServices(services);
        for (Scenario scenario : scenarios) {
            decorated = decorated.withScenario(scenario);
        }
        return decorated;
    }

    private static DataProtection protection(int choice, Service s) {
        return switch (choice) {
            case 0 -> DataProtection.asyncReplication(Duration.ofMinutes(3));
            case 1 -> DataProtection.syncReplication();
            case 2 -> DataProtection.asyncReplication(null);
            default -> s.protection();
        };
    }
}
