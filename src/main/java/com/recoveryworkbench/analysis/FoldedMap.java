package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.GroupKind;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A plan's map with its folded groups ({@link Plan#folded()}) of one {@link GroupKind} each drawn as one
 * card: which services those cards hide, the plan that stays in view, and the dependencies into and out
 * of a folded group bundled into one arrow per other end, with a count. The canvas and the pictures both
 * draw from it, so a picture shows what the screen shows. Folding is a view: nothing here changes a
 * result, and {@link #tally} only reads one. Immutable; groups sorted by name, bundles by (from, to).
 */
public final class FoldedMap {
    /** The order verdicts rank in when one stands for a group: the worst first. */
    private static final List<Verdict> WORST_FIRST = List.of(Verdict.MISSED, Verdict.BLOCKED, Verdict.AT_RISK,
            Verdict.INCOMPLETE, Verdict.MEETS, Verdict.UNAFFECTED);

    private final Plan shown;
    private final List<Group> groups;
    private final Map<String, String> hiddenIn;
    private final List<Bundle> bundles;

    /** A folded group that has services: its name and its members' ids, sorted. */
    public record Group(String name, List<String> members) {
        public Group {
            members = List.copyOf(members);
        }
    }

    /** One end of a drawn arrow: a service in view, or a folded group (by its name). */
    public record End(String id, boolean folded) implements Comparable<End> {
        @Override
        public int compareTo(End other) {
            return folded != other.folded ? Boolean.compare(folded, other.folded) : id.compareTo(other.id);
        }
    }

    /**
     * The dependencies from {@code from} to {@code to}, at least one of them a folded group, as one arrow.
     *
     * @param count how many dependencies it stands for
     * @param hard  whether at least one of them is hard (drawn solid, else dashed)
     */
    public record Bundle(End from, End to, int count, boolean hard) {
    }

    /**
     * What a folded group holds, as its card says it.
     *
     * @param verdicts how many members have each verdict (MEETS included); empty without an analysis
     * @param upBy     when the last member is up; {@code null} when unknown (no analysis, or a member blocked
     *                 or without a result)
     */
    public record Tally(int services, Map<Verdict, Integer> verdicts, Duration upBy) {
        public Tally {
            verdicts = Map.copyOf(verdicts);
        }

        /** The worst verdict of the members; {@code null} when none has one. */
        public Verdict worst() {
            return FoldedMap.worst(verdicts);
        }
    }

    private FoldedMap(Plan shown, List<Group> groups, Map<String, String> hiddenIn, List<Bundle> bundles) {
        this.shown = shown;
        this.groups = List.copyOf(groups);
        this.hiddenIn = Collections.unmodifiableMap(hiddenIn);
        this.bundles = List.copyOf(bundles);
    }

    /** {@code plan} drawn with its folded groups of {@code kind}; nothing folded when {@code kind} is {@code null}. */
    public static FoldedMap of(Plan plan, GroupKind kind) {
        return of(plan, kind, kind == null ? Set.of() : plan.folded().of(kind));
    }

    /**
     * {@code plan} drawn with the groups {@code folded} of {@code kind} each as one card, whatever the plan
     * itself folds: how the canvas draws a map zoomed out too far to name its cards, every group a tile.
     */
    public static FoldedMap of(Plan plan, GroupKind kind, Set<String> folded) {
        if (kind == null || folded.isEmpty()) {
            return new FoldedMap(plan, List.of(), Map.of(), List.of());
        }
        Map<String, String> hiddenIn = new HashMap<>();
        Map<String, List<String>> members = new TreeMap<>();
        for (Service s : plan.services()) {
            String group = kind.groupOf(s);
            if (folded.contains(group)) {
                hiddenIn.put(s.id(), group);
                members.computeIfAbsent(group, g -> new ArrayList<>()).add(s.id());
            }
        }
        List<Group> groups = new ArrayList<>();
        members.forEach((name, ids) -> groups.add(new Group(name, ids)));
        return new FoldedMap(plan.withoutServices(hiddenIn.keySet()), groups, hiddenIn, bundles(plan, hiddenIn));
    }

    private static List<Bundle> bundles(Plan plan, Map<String, String> hiddenIn) {
        Map<List<End>, Bundle> bundles = new TreeMap<>((a, b) -> {
            int byFrom = a.get(0).compareTo(b.get(0));
            return byFrom != 0 ? byFrom : a.get(1).compareTo(b.get(1));
        });
        for (Dependency d : plan.dependencies()) {
            End from = end(plan, hiddenIn, d.from());
            End to = end(plan, hiddenIn, d.to());
            // Arrows inside one folded group, and arrows to a service the plan lacks, are not drawn.
            if (from == null || to == null || !(from.folded() || to.folded()) || from.equals(to)) {
                continue;
            }
            bundles.merge(List.of(from, to), new Bundle(from, to, 1, d.isHard()),
                    (a, b) -> new Bundle(a.from(), a.to(), a.count() + 1, a.hard() || b.hard()));
        }
        return new ArrayList<>(bundles.values());
    }

    private static End end(Plan plan, Map<String, String> hiddenIn, String id) {
        String group = hiddenIn.get(id);
        if (group != null) {
            return new End(group, true);
        }
        return plan.hasService(id) ? new End(id, false) : null;
    }

    /** The worst verdict that has a count above 0; {@code null} for none. */
    public static Verdict worst(Map<Verdict, Integer> counts) {
        for (Verdict v : WORST_FIRST) {
            Integer count = counts.get(v);
            if (count != null && count > 0) {
                return v;
            }
        }
        return null;
    }

    /** Whether anything is folded. */
    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** The plan without the services folded away: what is drawn as cards and plain arrows. */
    public Plan shown() {
        return shown;
    }

    /** The folded groups that have services, by name. */
    public List<Group> groups() {
        return groups;
    }

    /** The folded group hiding service {@code id}; {@code null} when it is in view. */
    public String foldedGroupOf(String id) {
        return hiddenIn.get(id);
    }

    /** The arrows into, out of and between folded groups, one per pair of ends. */
    public List<Bundle> bundles() {
        return bundles;
    }

    /**
     * The top-left corner of {@code group}'s members' cards in {@code plan}, where the canvas and the
     * pictures both draw its folded card: where the group's lane began.
     */
    public static Position corner(Plan plan, Group group) {
        double x = Double.POSITIVE_INFINITY;
        double y = Double.POSITIVE_INFINITY;
        for (String id : group.members()) {
            Position p = plan.service(id).orElseThrow().position();
            x = Math.min(x, p.x());
            y = Math.min(y, p.y());
        }
        return new Position(x, y);
    }

    /**
     * What {@code group} holds under {@code analysis} ({@code null} before the first): its members'
     * verdicts and when the last is up, leaving out the {@code greyed} ones (not restored yet in a story).
     */
    public static Tally tally(Group group, Analysis analysis, Set<String> greyed) {
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        Duration upBy = Duration.ZERO;
        boolean upByKnown = analysis != null;
        for (String id : group.members()) {
            ServiceResult result = analysis == null || greyed.contains(id) ? null : analysis.result(id).orElse(null);
            if (result == null) {
                upByKnown = false;
                continue;
            }
            verdicts.merge(result.verdict(), 1, Integer::sum);
            if (!result.isScheduled()) {
                upByKnown = false;
            } else if (result.up().compareTo(upBy) > 0) {
                upBy = result.up();
            }
        }
        return new Tally(group.members().size(), verdicts, upByKnown ? upBy : null);
    }
}
