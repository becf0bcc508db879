package com.recoveryworkbench.layout;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Plans and geometry checks shared by the layout tests. */
final class Cards {
    static final double WIDTH = 180;
    static final double HEIGHT = 72;

    private Cards() {
    }

    static Service service(String id, double x, double y) {
        return Service.builder(id, ServiceKind.APPLICATION).position(x, y).build();
    }

    static Service service(String id, String region) {
        return Service.builder(id, ServiceKind.APPLICATION).region(region).build();
    }

    static Plan plan(List<Service> services, List<Dependency> dependencies) {
        return new Plan("test", "", Settings.DEFAULT, TierPolicy.defaults(), services, dependencies);
    }

    /**
     * A seeded random plan: service {@code i} depends hard on up to three services with a smaller index
     * (so the plan is acyclic unless {@code backEdges} adds dependencies the other way), sits on a
     * 50-unit grid within 2,000 x 2,000, and lies in one of {@code regions} ("" = none).
     */
    static Plan random(long seed, int size, List<String> regions, int backEdges) {
        Random random = new Random(seed);
        List<Service> services = new ArrayList<>();
        List<Dependency> dependencies = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            services.add(Service.builder(id(i), ServiceKind.APPLICATION)
                    .region(regions.get(random.nextInt(regions.size())))
                    .position(50.0 * random.nextInt(40), 50.0 * random.nextInt(40))
                    .build());
            for (int k = random.nextInt(4); k > 0 && i > 0; k--) {
                int target = random.nextInt(i);
                dependencies.add(random.nextInt(5) == 0 ? Dependency.soft(id(i), id(target))
                        : Dependency.hard(id(i), id(target)));
            }
        }
        for (int k = 0; k < backEdges && size > 1; k++) {
            int from = random.nextInt(size - 1);
            dependencies.add(Dependency.hard(id(from), id(from + 1 + random.nextInt(size - 1 - from))));
        }
        return plan(services, dedupe(dependencies));
    }

    static String id(int i) {
        return String.format("s%03d", i);
    }

    private static List<Dependency> dedupe(List<Dependency> dependencies) {
        Map<String, Dependency> byPair = new TreeMap<>();
        dependencies.forEach(d -> byPair.putIfAbsent(d.from() + " " + d.to(), d));
        return List.copyOf(byPair.values());
    }

    /** Where every card is after applying the result. */
    static Map<String, Position> after(Plan plan, LayoutResult result) {
        Map<String, Position> positions = new TreeMap<>();
        result.applyTo(plan).services().forEach(s -> positions.put(s.id(), s.position()));
        return positions;
    }

    static boolean overlap(Position a, Position b) {
        return a.x() < b.x() + WIDTH && b.x() < a.x() + WIDTH && a.y() < b.y() + HEIGHT && b.y() < a.y() + HEIGHT;
    }

    /** Pairs of overlapping cards of which at least one was moved, as "a/b" for readable failures. */
    static List<String> overlapsInvolvingMoved(Plan plan, LayoutResult result) {
        Map<String, Position> positions = after(plan, result);
        List<String> ids = List.copyOf(positions.keySet());
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                boolean moved = result.positions().containsKey(ids.get(i)) || result.positions().containsKey(ids.get(j));
                if (moved && overlap(positions.get(ids.get(i)), positions.get(ids.get(j)))) {
                    overlaps.add(ids.get(i) + "/" + ids.get(j));
                }
            }
        }
        return overlaps;
    }
}
