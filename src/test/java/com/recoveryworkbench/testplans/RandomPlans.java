package com.recoveryworkbench.testplans;

import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random acyclic plans for benchmarks: the same arguments always give an equal plan. Every
 * service has a kind, one of the default tiers, a restore time of 1-60 minutes (databases and storage
 * up to 2 hours), data protection when it is stateful, and a position on a grid of 240 × 140 cells
 * laid out row by row. Service {@code i} hard-depends on up to {@code depsPerService} distinct
 * services before it (so there is never a cycle) and, one time in three, soft-depends on one more.
 * Ids are {@code svc-00001}, … zero-padded so that id order is creation order.
 * <p>
 * Plain {@link Random} rather than jqwik ({@link RandomPlanArbitraries}) because the two serve two jobs:
 * a benchmark needs one plan of an exact size, the same on every run and machine so timings compare,
 * from a {@code main} without a property runner; a property wants many varied plans and shrinking.
 */
public final class RandomPlans {
    /** Grid cell size in canvas units: roomy enough for a service card and the arrows between cards. */
    public static final double CELL_WIDTH = 240;
    public static final double CELL_HEIGHT = 140;

    private static final ServiceKind[] KINDS = {
        ServiceKind.APPLICATION, ServiceKind.APPLICATION, ServiceKind.APPLICATION, ServiceKind.APPLICATION,
        ServiceKind.DATABASE, ServiceKind.DATABASE, ServiceKind.STORAGE, ServiceKind.CACHE, ServiceKind.QUEUE,
        ServiceKind.NETWORK, ServiceKind.IDENTITY, ServiceKind.EXTERNAL,
    };
    private static final String[] TIERS = {"tier-0", "tier-1", "tier-1", "tier-2", "tier-2", "tier-2", "tier-3"};

    private RandomPlans() {
    }

    public static Plan generate(int services, int depsPerService, long seed) {
        if (services < 0 || depsPerService < 0) {
            throw new IllegalArgumentException("services and depsPerService must not be negative");
        }
        Random random = new Random(seed);
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(services)));
        String format = "svc-%0" + Math.max(5, String.valueOf(services).length()) + "d";
        List<Service> list = new ArrayList<>(services);
        List<Dependency> dependencies = new ArrayList<>();
        for (int i = 0; i < services; i++) {
            String id = String.format(format, i + 1);
            list.add(service(id, i, random, new Position(i % columns * CELL_WIDTH, i / columns * CELL_HEIGHT)));
            Set<Integer> hard = new LinkedHashSet<>();
            while (hard.size() < Math.min(depsPerService, i)) {
                hard.add(random.nextInt(i));
            }
            for (int d : hard) {
                dependencies.add(Dependency.hard(id, String.format(format, d + 1)));
            }
            if (i > hard.size() && random.nextInt(3) == 0) {
                int soft = random.nextInt(i);
                if (!hard.contains(soft)) {
                    dependencies.add(Dependency.soft(id, String.format(format, soft + 1)));
                }
            }
        }
        return new Plan("Random plan of " + services + " services (seed " + seed + ")", "", Settings.DEFAULT,
                TierPolicy.defaults(), list, dependencies);
    }

    private static Service service(String id, int index, Random random, Position position) {
        ServiceKind kind = KINDS[random.nextInt(KINDS.length)];
        boolean heavy = kind == ServiceKind.DATABASE || kind == ServiceKind.STORAGE;
        Duration restore = Duration.ofSeconds(60 + random.nextInt(heavy ? 7141 : 3541));
        Service.Builder builder = Service.builder(id, kind)
                .name(title(kind) + " " + (index + 1))
                .tier(TIERS[random.nextInt(TIERS.length)])
                .restoreTime(restore)
                .position(position);
        if (kind.statefulByDefault()) {
            builder.protection(protection(random));
        }
        return builder.build();
    }

    /** "Database" for {@link ServiceKind#DATABASE}. */
    private static String title(ServiceKind kind) {
        String code = kind.code();
        return code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1);
    }

    private static DataProtection protection(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> DataProtection.NONE;
            case 1 -> DataProtection.backup(Duration.ofHours(1 + random.nextInt(24)),
                    Duration.ofMinutes(5 + random.nextInt(56)));
            case 2 -> DataProtection.snapshot(Duration.ofMinutes(15 + random.nextInt(226)),
                    Duration.ofMinutes(1 + random.nextInt(10)));
            case 3 -> DataProtection.asyncReplication(Duration.ofSeconds(5 + random.nextInt(296)));
            default -> DataProtection.syncReplication();
        };
    }
}
