package com.recoveryworkbench.bench;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random acyclic plans for the layout benchmark: service {@code i} depends hard on one to
 * three services with a smaller index (two on average); with probability {@code localShare} a
 * dependency goes to one of its 30 predecessors (a local cluster, like an application and its own
 * database), otherwise to any service before it (shared infrastructure, other teams' services). The
 * first 5% depend on nothing. All cards start at the origin.
 */
final class LayoutBenchPlans {
    private static final int LOCAL_WINDOW = 30;

    private LayoutBenchPlans() {
    }

    static Plan acyclic(int services, long seed, double localShare) {
        Random random = new Random(seed);
        List<Service> all = new ArrayList<>();
        List<Dependency> dependencies = new ArrayList<>();
        int roots = Math.max(1, services / 20);
        for (int i = 0; i < services; i++) {
            all.add(Service.builder(id(i), ServiceKind.APPLICATION).build());
            if (i < roots) {
                continue;
            }
            Set<Integer> targets = new LinkedHashSet<>();
            int wanted = 1 + random.nextInt(3);
            while (targets.size() < Math.min(wanted, i)) {
                targets.add(random.nextDouble() < localShare
                        ? i - 1 - random.nextInt(Math.min(i, LOCAL_WINDOW))
                        : random.nextInt(i));
            }
            for (int target : targets) {
                dependencies.add(Dependency.hard(id(i), id(target)));
            }
        }
        return new Plan("bench-" + services, "", Settings.DEFAULT, TierPolicy.defaults(), all, dependencies);
    }

    private static String id(int i) {
        return String.format("s%05d", i);
    }
}
