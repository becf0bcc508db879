package com.recoveryworkbench.io;

import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.DependencyType;
import com.recoveryworkbench.model.DowntimeRate;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Ids;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.ProtectionMethod;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * Random valid plans for properties: every field the file format has, each optional one sometimes
 * missing, text with escapes and non-ASCII, positions on a hundredth-of-a-unit grid (what a file
 * keeps), dependencies and scenarios that sometimes name services the plan does not have.
 */
final class RandomPlans {
    private RandomPlans() {
    }

    static Arbitrary<Plan> plans() {
        Arbitrary<List<TierPolicy>> tiers = tier().list().ofMaxSize(5).uniqueElements(TierPolicy::id);
        Arbitrary<List<Service>> services = service().list().ofMaxSize(25).uniqueElements(Service::id);
        return Combinators.combine(text(), text(), settings(), tiers, services)
                .flatAs((name, description, settings, tierList, serviceList) ->
                        Combinators.combine(dependencies(serviceList), scenarios(serviceList)).as((deps, scenarios) ->
                                new Plan(name, description, settings, tierList, serviceList, deps, scenarios)));
    }

    /** Scenarios losing regions and services of the plan and others, now and then a renamed total one. */
    private static Arbitrary<List<Scenario>> scenarios(List<Service> services) {
        List<String> ids = new ArrayList<>(services.stream().map(Service::id).toList());
        ids.add("not-in-the-plan");
        Arbitrary<String> region = Arbitraries.oneOf(text(), Arbitraries.of("eu-west", "us-east"))
                .filter(r -> !r.isBlank());
        Arbitrary<Scenario> scenario = Combinators.combine(ids().filter(id -> !id.equals(Scenario.TOTAL_ID)), text(),
                text(), region.list().ofMaxSize(3), Arbitraries.of(ids).list().ofMaxSize(3),
                Arbitraries.of(true, false), durations().injectNull(0.6)).as(Scenario::new);
        Arbitrary<Scenario> total = Combinators.combine(text(), text())
                .as((name, description) -> Scenario.TOTAL.withName(name).withDescription(description));
        return Combinators.combine(scenario.list().ofMaxSize(4).uniqueElements(Scenario::id),
                total.injectNull(0.7)).as((list, renamedTotal) -> {
                    List<Scenario> all = new ArrayList<>(list);
                    if (renamedTotal != null) {
                        all.add(renamedTotal);
                    }
                    return all;
                });
    }

    static Arbitrary<String> ids() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('.', '_', '-')
                .ofMinLength(1).ofMaxLength(12).filter(Ids::isValid);
    }

    /** Controls, quotes, backslashes, Latin-1 and CJK: everything a string may need escaped or encoded. */
    static Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange('\u0000', '\u00ff').withCharRange('\u4e00', '\u4e0f')
                .ofMaxLength(20);
    }

    private static Arbitrary<Duration> durations() {
        return Arbitraries.longs().between(0, Durations.MAX.getSeconds()).map(Duration::ofSeconds)
                .edgeCases(edges -> edges.add(Durations.MAX));
    }

    private static Arbitrary<Settings> settings() {
        Arbitrary<Duration> horizons = Arbitraries.longs().between(1, Durations.MAX.getSeconds()).map(Duration::ofSeconds)
                .injectNull(0.5);
        return Combinators.combine(durations(), Arbitraries.integers().between(0, 20),
                Arbitraries.oneOf(Arbitraries.just(""), text()), horizons).as(Settings::new);
    }

    /** Costs of downtime per hour in hundredths, up to the largest a plan allows. */
    private static Arbitrary<BigDecimal> rates() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, DowntimeRate.MAX).ofScale(2)
                .edgeCases(edges -> edges.add(DowntimeRate.MAX));
    }

    private static Arbitrary<TierPolicy> tier() {
        Arbitrary<String> colours = Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofLength(6)
                .map(hex -> "#" + hex);
        return Combinators.combine(ids(), text(), durations(), durations(), durations().injectNull(0.3), colours,
                rates().injectNull(0.5)).as(TierPolicy::new);
    }

    private static Arbitrary<Service> service() {
        return Builders.withBuilder(() -> Service.builder("s", ServiceKind.APPLICATION))
                .use(ids()).in(Service.Builder::id)
                .use(text()).withProbability(0.8).in(Service.Builder::name)
                .use(Arbitraries.of(ServiceKind.class)).in(Service.Builder::kind)
                .use(Arbitraries.oneOf(ids(), text())).in(Service.Builder::tier)
                .use(durations()).withProbability(0.7).in(Service.Builder::restoreTime)
                .use(Arbitraries.of(true, false)).withProbability(0.5).in(Service.Builder::stateful)
                .use(protection()).withProbability(0.6).in(Service.Builder::protection)
                .use(Arbitraries.of(RecoveryStrategy.class)).withProbability(0.5).in(Service.Builder::strategy)
                .use(durations()).withProbability(0.3).in(Service.Builder::rtoTarget)
                .use(durations()).withProbability(0.3).in(Service.Builder::rpoTarget)
                .use(text()).withProbability(0.5).in(Service.Builder::owner)
                .use(text()).withProbability(0.5).in(Service.Builder::region)
                .use(text()).withProbability(0.3).in(Service.Builder::standbyRegion)
                .use(durations()).withProbability(0.3).in(Service.Builder::failoverTime)
                .use(text()).withProbability(0.3).in(Service.Builder::notes)
                .use(rates()).withProbability(0.3).in(Service.Builder::downtimeCostPerHour)
                .use(Combinators.combine(coordinate(), coordinate()).as(Position::new)).withProbability(0.8)
                .in(Service.Builder::position)
                .use(Arbitraries.of(true, false)).withProbability(0.3).in(Service.Builder::pinned)
                .use(Arbitraries.integers().between(1, Service.MAX_LAYER)).withProbability(0.3)
                .in(Service.Builder::layer)
                .build(Service.Builder::build);
    }

    /** Hundredths of a canvas unit, as files keep them; -0.0 and the origin come up as edge cases. */
    private static Arbitrary<Double> coordinate() {
        return Arbitraries.integers().between(-1_000_000, 1_000_000).map(hundredths -> hundredths / 100.0)
                .edgeCases(edges -> edges.add(-0.0));
    }

    private static Arbitrary<DataProtection> protection() {
        return Combinators.combine(Arbitraries.of(ProtectionMethod.class), durations().injectNull(0.3),
                durations().injectNull(0.3)).as(DataProtection::new);
    }

    private static Arbitrary<List<Dependency>> dependencies(List<Service> services) {
        List<String> ids = new ArrayList<>(services.stream().map(Service::id).toList());
        ids.add("not-in-the-plan");
        Arbitrary<Dependency> dependency = Combinators.combine(Arbitraries.of(ids), Arbitraries.of(ids),
                Arbitraries.of(DependencyType.class)).as(Dependency::new);
        return dependency.list().ofMaxSize(40).uniqueElements(d -> d.from() + "\n" + d.to());
    }
}
