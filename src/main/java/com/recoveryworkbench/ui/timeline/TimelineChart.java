package com.recoveryworkbench.ui.timeline;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.TierPolicy;
import com.recoveryworkbench.ui.form.Sorting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the restore timeline draws, computed from a plan and its analysis: rows grouped by wave or by
 * owner (bars sorted by start, then name), the services without a bar at the end, one marker per tier
 * RTO target near the schedule, the declaration delay and the end of the time axis. A service a drill
 * measured may carry its bar on the other basis too ({@link #withOtherBasis}); {@code proven} says
 * whether the main bars are the proven ones. Immutable.
 */
public record TimelineChart(List<TimelineRow> rows, List<Marker> markers, Duration declarationDelay,
                            Duration end, boolean proven) {

    /** How rows are grouped. */
    public enum Grouping { WAVE, OWNER }

    /** A tier's RTO target as a vertical line: "T1 1h". {@code color} is the tier's {@code #rrggbb}. */
    public record Marker(String label, Duration at, String color) {
    }

    public static final TimelineChart EMPTY = new TimelineChart(List.of(), List.of(), Duration.ZERO,
            Duration.ofMinutes(10), false);

    private static final Pattern NUMBERED_TIER = Pattern.compile("tier-(\\d+)");
    private static final Duration MINIMUM_END = Duration.ofMinutes(10);

    public TimelineChart {
        rows = List.copyOf(rows);
        markers = List.copyOf(markers);
    }

    /** The chart of {@code plan} as {@code analysis} scheduled it; empty rows while there is no analysis. */
    public static TimelineChart of(Plan plan, Analysis analysis, Grouping grouping) {
        Duration delay = plan.settings().declarationDelay();
        if (analysis == null) {
            return new TimelineChart(List.of(), List.of(), delay, MINIMUM_END.plus(delay), false);
        }
        List<Scheduled> scheduled = new ArrayList<>();
        List<TimelineRow> unscheduled = new ArrayList<>();
        for (Service s : plan.services()) {
            Optional<ServiceResult> r = analysis.result(s.id());
            if (r.isPresent() && r.get().isScheduled() && r.get().start() != null) {
                scheduled.add(new Scheduled(s, r.get()));
            } else {
                Verdict verdict = r.map(ServiceResult::verdict).orElse(null);
                unscheduled.add(TimelineRow.unscheduled(s.id(), s.name(), verdict,
                        verdict == Verdict.BLOCKED ? "blocked by a cycle" : "not scheduled: missing data"));
            }
        }
        List<TimelineRow> rows = new ArrayList<>(grouped(scheduled, grouping));
        unscheduled.sort(Comparator.comparing(TimelineRow::note).thenComparing(TimelineRow::label, Sorting.TEXT));
        if (!unscheduled.isEmpty()) {
            rows.add(TimelineRow.heading("Without a bar"));
            rows.addAll(unscheduled);
        }
        Duration makespan = scheduled.stream().map(x -> x.result().up()).max(Comparator.naturalOrder()).orElse(delay);
        return withMarkers(plan, rows, delay, makespan);
    }

    private record Scheduled(Service service, ServiceResult result) {
    }

    private static List<TimelineRow> grouped(List<Scheduled> scheduled, Grouping grouping) {
        Function<Scheduled, String> group = grouping == Grouping.WAVE
                ? x -> String.format(java.util.Locale.ROOT, "%09d", x.result().wave() == null ? 0 : x.result().wave())
                : x -> x.service().owner().isEmpty() ? "\uffff" : x.service().owner();
        Map<String, List<Scheduled>> groups = new TreeMap<>();
        scheduled.forEach(x -> groups.computeIfAbsent(group.apply(x), k -> new ArrayList<>()).add(x));
        List<TimelineRow> rows = new ArrayList<>();
        groups.forEach((key, members) -> {
            Scheduled first = members.get(0);
            rows.add(TimelineRow.heading(grouping == Grouping.WAVE ? "Wave " + first.result().wave()
                    : first.service().owner().isEmpty() ? "No owner" : "Owner: " + first.service().owner()));
            members.stream().sorted(Comparator.comparing((Scheduled x) -> x.result().start())
                            .thenComparing(x -> x.service().name(), Sorting.TEXT)
                            .thenComparing(x -> x.service().id()))
                    .forEach(x -> rows.add(TimelineRow.bar(x.service().id(), x.service().name(), x.result().start(),
                            x.result().up(), x.result().verdict())));
        });
        return rows;
    }

    /**
     * Shows the targets of the tiers the plan's services are in, up to twice the makespan: a 24h line
     * would squash a one-hour schedule, and a target no service has is noise.
     */
    private static TimelineChart withMarkers(Plan plan, List<TimelineRow> rows, Duration delay, Duration makespan) {
        Duration reach = makespan.multipliedBy(2).compareTo(MINIMUM_END) < 0 ? MINIMUM_END : makespan.multipliedBy(2);
        Set<String> used = plan.services().stream().map(Service::tier).collect(Collectors.toSet());
        List<Marker> markers = plan.tiers().stream().filter(t -> used.contains(t.id()))
                .filter(t -> t.rtoTarget().compareTo(reach) <= 0)
                .sorted(Comparator.comparing(TierPolicy::rtoTarget).thenComparing(TierPolicy::id))
                .map(t -> new Marker(shortName(t) + " " + Durations.format(t.rtoTarget()), t.rtoTarget(), t.color()))
                .toList();
        Duration end = markers.stream().map(Marker::at).reduce(makespan, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        end = end.plus(end.dividedBy(20));
        return new TimelineChart(rows, markers, delay, end.compareTo(MINIMUM_END) < 0 ? MINIMUM_END : end, false);
    }

    /**
     * This chart with, for each service of {@code measured} scheduled in both, its bar in {@code other},
     * the same scenario analysed on the other basis; {@code proven} when this chart's bars are the proven
     * ones. The time axis reaches the later of the two schedules.
     */
    public TimelineChart withOtherBasis(Analysis other, Set<String> measured, boolean proven) {
        Duration last = end;
        List<TimelineRow> paired = new ArrayList<>(rows.size());
        for (TimelineRow row : rows) {
            ServiceResult r = row.kind() == TimelineRow.Kind.BAR && measured.contains(row.id())
                    ? other.result(row.id()).filter(x -> x.isScheduled() && x.start() != null).orElse(null) : null;
            if (r == null) {
                paired.add(row);
            } else {
                paired.add(row.withOther(r.start(), r.up()));
                // The same margin past the last bar as of() leaves.
                Duration reach = r.up().plus(r.up().dividedBy(20));
                last = reach.compareTo(last) > 0 ? reach : last;
            }
        }
        return new TimelineChart(paired, markers, declarationDelay, last, proven);
    }

    /** Whether any row has a bar on the other basis: then the timeline explains the two bars. */
    public boolean hasOtherBars() {
        return rows.stream().anyMatch(TimelineRow::hasOther);
    }

    /** "T1" for tier-1; other ids keep their tier name. */
    static String shortName(TierPolicy tier) {
        Matcher m = NUMBERED_TIER.matcher(tier.id());
        return m.matches() ? "T" + m.group(1) : tier.name();
    }
}
