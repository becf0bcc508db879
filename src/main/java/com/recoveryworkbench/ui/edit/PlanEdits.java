package com.recoveryworkbench.ui.edit;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.DependencyType;
import com.recoveryworkbench.model.Ids;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.TierPolicy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The plan-level edits the canvas and the menus offer on services and dependencies. Pure functions
 * of an immutable {@link Plan}, usable from any thread; each returns the changed plan, or throws
 * {@link IllegalArgumentException} with a sentence a person understands when the edit is refused.
 * Pass them to {@code PlanDocument.apply} with the matching description.
 */
public final class PlanEdits {
    /** Spacing of the snap grid, in canvas units. */
    public static final double GRID = 20;

    /** A plan with one service more, and the id it got. */
    public record AddedService(Plan plan, String id) {
    }

    private PlanEdits() {
    }

    /**
     * Adds a service of {@code kind} with its card's top-left corner at {@code position}. Its id is the
     * kind's code made unique ("database", "database-2"), its name the same in words ("Database 2"),
     * both provisional until the first name is typed ({@link #nameNewService}),
     * its tier the plan's "tier-2" when there is one, else the least critical tier the plan has.
     */
    public static AddedService addService(Plan plan, ServiceKind kind, Position position) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(position, "position");
        String id = plan.freeServiceId(kind.code());
        Service service = Service.builder(id, kind).name(nameFor(kind, id)).tier(defaultTier(plan))
                .position(position).build();
        return new AddedService(plan.withService(service), id);
    }

    private static String nameFor(ServiceKind kind, String id) {
        String suffix = id.substring(kind.code().length()).replace('-', ' ');
        String word = kind.code().replace('-', ' ');
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1) + suffix;
    }

    private static String defaultTier(Plan plan) {
        List<TierPolicy> tiers = plan.tiers();
        if (tiers.isEmpty() || plan.tier("tier-2").isPresent()) {
            return "tier-2";
        }
        return tiers.stream().max(java.util.Comparator.comparing(TierPolicy::rtoTarget)
                .thenComparing(TierPolicy::id)).orElseThrow().id();
    }

    /**
     * Moves the cards of {@code ids} by (dx, dy). With {@code snap}, each moved card's corner lands on
     * the nearest point of the {@link #GRID}.
     */
    public static Plan moveServices(Plan plan, Collection<String> ids, double dx, double dy, boolean snap) {
        List<Service> moved = new ArrayList<>(ids.size());
        for (String id : ids) {
            Service s = require(plan, id);
            Position p = s.position().plus(dx, dy);
            moved.add(s.withPosition(snap ? snapped(p) : p));
        }
        return plan.withServices(moved);
    }

    /** The point of the snap grid nearest to {@code p}. */
    public static Position snapped(Position p) {
        return new Position(Math.round(p.x() / GRID) * GRID, Math.round(p.y() / GRID) * GRID);
    }

    /** Removes the services and every dependency from or to them. */
    public static Plan deleteServices(Plan plan, Collection<String> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("Select the services to delete first.");
        }
        ids.forEach(id -> require(plan, id));
        return plan.withoutServices(ids);
    }

    /** Makes {@code from} depend on {@code to}; refuses a self-dependency and a second one between the same pair. */
    public static Plan connect(Plan plan, String from, String to, DependencyType type) {
        Objects.requireNonNull(type, "type");
        Service dependent = require(plan, from);
        Service dependency = require(plan, to);
        if (from.equals(to)) {
            throw new IllegalArgumentException(dependent.name() + " cannot depend on itself.");
        }
        if (plan.dependency(from, to).isPresent()) {
            throw new IllegalArgumentException(dependent.name() + " already depends on " + dependency.name() + ".");
        }
        return plan.withDependency(new Dependency(from, to, type));
    }

    /** Removes one dependency; refuses one the plan does not have. */
    public static Plan deleteDependency(Plan plan, Dependency dependency) {
        if (plan.dependency(dependency.from(), dependency.to()).isEmpty()) {
            throw new IllegalArgumentException("The plan has no dependency from '" + dependency.from() + "' to '"
                    + dependency.to() + "'.");
        }
        return plan.withoutDependencies(List.of(dependency));
    }

    /** Puts the services of {@code ids} in {@code region} (empty: none). */
    public static Plan assignRegion(Plan plan, Collection<String> ids, String region) {
        Objects.requireNonNull(region, "region");
        List<Service> changed = new ArrayList<>(ids.size());
        for (String id : ids) {
            changed.add(require(plan, id).toBuilder().region(region).build());
        }
        return plan.withServices(changed);
    }

    /** Gives the services of {@code ids} to owner team {@code owner} (empty: none). */
    public static Plan assignOwner(Plan plan, Collection<String> ids, String owner) {
        Objects.requireNonNull(owner, "owner");
        List<Service> changed = new ArrayList<>(ids.size());
        for (String id : ids) {
            changed.add(require(plan, id).toBuilder().owner(owner).build());
        }
        return plan.withServices(changed);
    }

    /** Puts the services of {@code ids} in the named group {@code group} (empty: none). */
    public static Plan assignGroup(Plan plan, Collection<String> ids, String group) {
        Objects.requireNonNull(group, "group");
        List<Service> changed = new ArrayList<>(ids.size());
        for (String id : ids) {
            changed.add(require(plan, id).toBuilder().group(group).build());
        }
        return plan.withServices(changed);
    }

    /** Gives a service another visible name (its id stays); refuses an empty name. */
    public static Plan rename(Plan plan, String id, String newName) {
        Service s = require(plan, id);
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("A service needs a name.");
        }
        return plan.withService(s.toBuilder().name(newName.strip()).build());
    }

    /**
     * Gives a service just added its first name, and an id made from that name ("Orders DB" →
     * {@code orders-db}, {@code orders-db-2} when taken) in place of the provisional one it got from
     * its kind; dependencies on it follow. Refuses an empty name.
     */
    public static AddedService nameNewService(Plan plan, String id, String name) {
        Plan renamed = rename(plan, id, name);
        String wanted = Ids.slug(name);
        if (wanted.equals(id)) {
            return new AddedService(renamed, id);
        }
        String newId = renamed.freeServiceId(wanted);
        return new AddedService(renamed.withServiceIdChanged(id, newId), newId);
    }

    /**
     * Names an edit of some services for the undo menu: "Move Checkout" for one, "Move 3 services"
     * for several. {@code plan} is one that still has the services.
     */
    public static String describe(String verb, Plan plan, Collection<String> ids) {
        if (ids.size() == 1) {
            String id = ids.iterator().next();
            return verb + " " + plan.service(id).map(Service::name).orElse(id);
        }
        return verb + " " + ids.size() + " services";
    }

    /** "Connect Checkout to Auth": names a new dependency for the undo menu. */
    public static String describeConnect(Plan plan, String from, String to) {
        return "Connect " + nameOf(plan, from) + " to " + nameOf(plan, to);
    }

    /** "Delete dependency Checkout → Auth". */
    public static String describeDeleteDependency(Plan plan, Dependency d) {
        return "Delete dependency " + nameOf(plan, d.from()) + " → " + nameOf(plan, d.to());
    }

    /** "Rename Checkout to Payments". */
    public static String describeRename(Plan plan, String id, String newName) {
        return "Rename " + nameOf(plan, id) + " to " + (newName == null ? "" : newName.strip());
    }

    private static String nameOf(Plan plan, String id) {
        return plan.service(id).map(Service::name).orElse(id);
    }

    private static Service require(Plan plan, String id) {
        return plan.service(id).orElseThrow(
                () -> new IllegalArgumentException("The plan has no service '" + id + "'."));
    }
}
