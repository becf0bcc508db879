package com.recoveryworkbench.testplans;

import com.recoveryworkbench.model.ClaimedRecovery;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.DependencyType;
import com.recoveryworkbench.model.DowntimeRate;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Ids;
import com.recoveryworkbench.model.FoldedGroups;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.ProtectionMethod;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.RestoreTimeRange;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;

/**
 * Every random plan the jqwik properties draw, in two families for two jobs.
 * <p>
 * {@link #plans(boolean)}: small plans for the analysis properties: up to 25 services with restore
 * times of 0-60 minutes (some unknown), tiers including one the plan lacks, hard and soft dependencies,
 * an optional declaration delay and a restore capacity of 0 (unlimited) to 3, and now and then a
 * dependency on a service the plan lacks. Acyclic plans only point dependencies from a later service
 * to an earlier one; the others may draw cycles and self-loops.
 * <p>
 * {@link #everyField()}: plans for the file round trips (every field, scenarios and a drill log), which
 * the analysis never needs to make sense of.
 * Plans with scenarios for the analysis come from {@link RandomScenarioArbitraries}; seeded plans of a
 * given size for benchmarks from {@link RandomPlans}.
 */
public final class RandomPlanArbitraries {
    private static final List<String> TIERS = List.of("tier-0", "tier-1", "tier-2", "tier-3", "gold");

    private RandomPlanArbitraries() {
    }

    public static Arbitrary<Plan> plans(boolean allowCycles) {
        return Arbitraries.integers().between(1, 25).flatMap(n -> Combinators.combine(
                Arbitraries.integers().between(-1, 60).list().ofSize(n),
                Arbitraries.of(TIERS).list().ofSize(n),
                Arbitraries.of(ServiceKind.class).list().ofSize(n),
                edge(n).list().ofMaxSize(3 * n),
                Arbitraries.integers().between(0, 15),
                Arbitraries.integers().between(0, 3))
                .as((restore, tiers, kinds, edges, delay, capacity) ->
                        plan(restore, tiers, kinds, edges, delay, capacity, allowCycles)));
    }

    /** From, to and kind; a {@code to} of {@code n} names a service the plan lacks. */
    private static Arbitrary<int[]> edge(int n) {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, n - 1);
        return Combinators.combine(index, Arbitraries.integers().between(0, n), Arbitraries.integers().between(0, 3))
                .as((from, to, kind) -> new int[] {from, to, kind});
    }

    private static Plan plan(List<Integer> restore, List<String> tiers, List<ServiceKind> kinds, List<int[]> edges,
                             int delayMinutes, int capacity, boolean allowCycles) {
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < restore.size(); i++) {
            services.add(Service.builder(id(i), kinds.get(i)).name("Service " + i).tier(tiers.get(i))
                    .restoreTime(restore.get(i) < 0 ? null : Duration.ofMinutes(restore.get(i)))
                    .protection(i % 3 == 0 ? DataProtection.backup(Duration.ofMinutes(restore.get(i) + 1), null)
                            : DataProtection.NONE)
                    .build());
        }
        Map<String, Dependency> dependencies = new LinkedHashMap<>();
        for (int[] e : edges) {
            // Three in four dependencies are hard, so chains and cycles are common.
            DependencyType type = e[2] == 0 ? DependencyType.SOFT : DependencyType.HARD;
            if (e[1] == restore.size()) {
                dependencies.putIfAbsent(id(e[0]) + ">missing", new Dependency(id(e[0]), "missing", type));
                continue;
            }
            int from = allowCycles ? e[0] : Math.max(e[0], e[1]);
            int to = allowCycles ? e[1] : Math.min(e[0], e[1]);
            if (!allowCycles && from == to) {
                continue;
            }
            dependencies.putIfAbsent(id(from) + ">" + id(to), new Dependency(id(from), id(to), type));
        }
        return new Plan("random", "", new Settings(Duration.ofMinutes(delayMinutes), capacity), TierPolicy.defaults(),
                services, dependencies.values());
    }

    private static String id(int i) {
        return String.format("s%02d", i);
    }

    /**
     * Random valid plans with every field the file format has, each optional one sometimes missing, text
     * with escapes and non-ASCII, positions on a hundredth-of-a-unit grid (what a file keeps), and
     * dependencies and scenarios that sometimes name services the plan does not have.
     */
    public static Arbitrary<Plan> everyField() {
        Arbitrary<List<TierPolicy>> tiers = tier().list().ofMaxSize(5).uniqueElements(TierPolicy::id);
        Arbitrary<List<Service>> services = service().list().ofMaxSize(25).uniqueElements(Service::id);
        return Combinators.combine(text(), text(), settings(), tiers, services)
                .flatAs((name, description, settings, tierList, serviceList) ->
                        Combinators.combine(dependencies(serviceList), scenarios(serviceList))
                                .flatAs((deps, scenarios) -> Combinators.combine(drills(serviceList, scenarios),
                                        folded()).as((drillList, folded) ->
                                        new Plan(name, description, settings, tierList, serviceList, deps, scenarios,
                                                drillList).withFolded(folded))));
    }

    /** Folded regions, owners and named groups: mostly none, else a few names of any text. */
    private static Arbitrary<FoldedGroups> folded() {
        Arbitrary<Set<String>> names = text().filter(t -> !t.isBlank()).set().ofMaxSize(3);
        return Combinators.combine(names, names, names).as((regions, owners, groups) ->
                new FoldedGroups(new TreeSet<>(regions), new TreeSet<>(owners), new TreeSet<>(groups)));
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

    /**
     * A drill log over the given services: results for some of them, every optional fact sometimes
     * missing, each drill of the built-in scenario or one of {@code scenarios}.
     */
    private static Arbitrary<List<Drill>> drills(List<Service> services, List<Scenario> scenarios) {
        if (services.isEmpty()) {
            return Arbitraries.just(List.of());
        }
        List<String> ids = services.stream().map(Service::id).toList();
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 3650)
                .map(days -> LocalDate.of(2020, 2, 29).plusDays(days));
        Arbitrary<ClaimedRecovery> claims = Combinators.combine(durations().injectNull(0.3),
                Arbitraries.of(RecoveryStrategy.class).injectNull(0.4),
                Arbitraries.of(ids).list().ofMaxSize(3)).as(ClaimedRecovery::new);
        Arbitrary<Duration> measured = Arbitraries.longs().between(1, Durations.MAX.getSeconds()).map(Duration::ofSeconds);
        Arbitrary<DrillResult> result = Combinators.combine(Arbitraries.of(services), measured.injectNull(0.2),
                durations().injectNull(0.5), Arbitraries.of(DrillOutcome.class), claims.injectNull(0.5), text())
                // Only a failed result may lack its measured time. Half the claims are what the service itself
                // claims (equal to the plan's claim when it has no hard dependency), which the writer leaves out.
                .as((service, time, loss, outcome, claim, notes) -> new DrillResult(service.id(),
                        time == null && outcome != DrillOutcome.FAILED ? Duration.ofMinutes(1) : time, loss, outcome,
                        claim != null ? claim : new ClaimedRecovery(service.restoreTime(), service.strategy(), List.of()),
                        notes));
        List<String> scenarioIds = new ArrayList<>(List.of(Drill.DEFAULT_SCENARIO));
        scenarios.stream().map(Scenario::id).filter(id -> !id.equals(Drill.DEFAULT_SCENARIO)).forEach(scenarioIds::add);
        Arbitrary<Drill> drill = Combinators.combine(ids(), dates, text(), Arbitraries.of(scenarioIds), text(),
                        result.list().ofMaxSize(6).uniqueElements(DrillResult::service))
                .as(Drill::new);
        return drill.list().ofMaxSize(4).uniqueElements(Drill::id);
    }

    private static Arbitrary<String> ids() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('.', '_', '-')
                .ofMinLength(1).ofMaxLength(12).filter(Ids::isValid);
    }

    /** Controls, quotes, backslashes, Latin-1 and CJK: everything a string may need escaped or encoded. */
    private static Arbitrary<String> text() {
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
                .use(text()).withProbability(0.4).in(Service.Builder::group)
                .use(durations()).withProbability(0.3).in(Service.Builder::failoverTime)
                .use(text()).withProbability(0.3).in(Service.Builder::notes)
                .use(rates()).withProbability(0.3).in(Service.Builder::downtimeCostPerHour)
                .use(Combinators.combine(coordinate(), coordinate()).as(Position::new)).withProbability(0.8)
                .in(Service.Builder::position)
                .use(Arbitraries.of(true, false)).withProbability(0.3).in(Service.Builder::pinned)
                .use(Arbitraries.integers().between(1, Service.MAX_LAYER)).withProbability(0.3)
                .in(Service.Builder::layer)
                .build(Service.Builder::build)
                .flatMap(RandomPlanArbitraries::maybeRanged);
    }

    /** The service as it is, or (for one with a restore time) with a restore range around it, ends included. */
    private static Arbitrary<Service> maybeRanged(Service service) {
        Duration likely = service.restoreTime();
        if (likely == null || likely.isZero()) {
            return Arbitraries.just(service);
        }
        long seconds = likely.getSeconds();
        Arbitrary<Long> below = Arbitraries.longs().between(0, seconds - 1);
        Arbitrary<Long> above = Arbitraries.longs().between(0, Durations.MAX.getSeconds() - seconds);
        Arbitrary<Service> ranged = Combinators.combine(below, above).as((b, a) -> service.toBuilder()
                .restoreTimeRange(new RestoreTimeRange(Duration.ofSeconds(seconds - b), Duration.ofSeconds(seconds + a)))
                .build());
        return Arbitraries.oneOf(Arbitraries.just(service), ranged);
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
