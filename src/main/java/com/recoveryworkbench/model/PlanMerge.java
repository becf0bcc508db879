package com.recoveryworkbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges an imported plan into the plan being worked on, matching services by id. Pure and
 * thread-safe; the same arguments always give the same result.
 *
 * <p>The rules, for someone who merges a catalog or a drawing into a plan they have worked on:
 * <ul>
 *   <li>A service whose id the current plan does not have is <b>added</b> as imported. When the
 *       current plan has services, the added ones keep their imported layout but are moved as a block
 *       to the right of the rightmost card, so they never cover work already laid out.</li>
 *   <li>A service the current plan has is <b>updated</b> with only the fields the import carries for it
 *       ({@code carried}, by id; a service missing from that map carries nothing): a Backstage catalog
 *       brings name, kind and owner, so tier, restore time, data protection, targets, notes, region and
 *       the position stay as the plan has them. The position is never taken from an import. When the
 *       carried fields already hold the imported values, the service is <b>unchanged</b>.</li>
 *   <li>Services the import does not mention are kept untouched: a merge never deletes.</li>
 *   <li>Dependencies are unioned. Where both plans hold one between the same two services, the current
 *       plan's type stays: someone may have made it soft on purpose, which an import cannot know.</li>
 *   <li>The plan's name, description, tiers and settings stay the current plan's.</li>
 * </ul>
 */
public final class PlanMerge {
    /** How far right of the rightmost card's left edge added services start: a card and a gap. */
    static final double GAP = 320;

    private PlanMerge() {
    }

    public static MergeResult merge(Plan current, Plan imported, Map<String, Set<ServiceField>> carried) {
        List<Service> changed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        double dx = shift(current, imported);
        for (Service incoming : imported.services()) {
            Service existing = current.service(incoming.id()).orElse(null);
            if (existing == null) {
                added.add(incoming.id());
                changed.add(incoming.withPosition(incoming.position().plus(dx, 0)));
                continue;
            }
            Service.Builder builder = existing.toBuilder();
            carried.getOrDefault(incoming.id(), Set.of()).forEach(field -> field.copy(incoming, builder));
            Service merged = builder.build();
            if (merged.equals(existing)) {
                unchanged.add(incoming.id());
            } else {
                updated.add(incoming.id());
                changed.add(merged);
            }
        }
        List<Dependency> newDependencies = imported.dependencies().stream()
                .filter(d -> current.dependency(d.from(), d.to()).isEmpty()).toList();
        Plan plan = current.withServices(changed).withDependencies(newDependencies);
        return new MergeResult(plan, added, updated, unchanged, newDependencies);
    }

    /** How far to move added services so their block starts right of every current card. */
    private static double shift(Plan current, Plan imported) {
        if (current.serviceCount() == 0) {
            return 0;
        }
        double rightmost = current.services().stream().mapToDouble(s -> s.position().x()).max().orElse(0);
        double leftmostAdded = imported.services().stream().filter(s -> !current.hasService(s.id()))
                .mapToDouble(s -> s.position().x()).min().orElse(0);
        return rightmost + GAP - leftmostAdded;
    }
}
