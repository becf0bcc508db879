package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.DependencyType;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Random small plans for properties: up to 25 services with restore times of 0-60 minutes (some
 * unknown), tiers including one the plan lacks, hard and soft dependencies, an optional declaration
 * delay and a restore capacity of 0 (unlimited) to 3, and now and then a dependency on a service the
 * plan lacks. Acyclic plans only point dependencies from a later service to an earlier one; the
 * others may draw cycles and self-loops.
 */
final class RandomPlanArbitraries {
    private static final List<String> TIERS = List.of("tier-0", "tier-1", "tier-2", "tier-3", "gold");

    private RandomPlanArbitraries() {
    }

    static Arbitrary<Plan> plans(boolean allowCycles) {
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
}
