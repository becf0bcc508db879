package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.io.export.GroupSummaryText;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one lane holds, in a line a room can read when its cards are too small to: "eu-west · 23 services ·
 * 3 ✗ · up by 1h2m". Counts every verdict but "meets" with its symbol, and the time the last of its
 * services is up. In the restore story, services not restored yet are counted as such, their verdicts
 * and up times left out, so the summary never tells the end of the story early. Immutable.
 *
 * @param lane      the lane's name
 * @param services  how many services the lane holds
 * @param waiting   how many of them are greyed out (not restored yet in the story)
 * @param verdicts  how many of the others have each verdict other than MEETS
 * @param upBy      when the last of them is up; {@code null} when unknown (no analysis yet, a service
 *                  blocked or without a result, or some not restored yet)
 */
public record LaneSummary(String lane, int services, int waiting, Map<Verdict, Integer> verdicts, Duration upBy) {
    public LaneSummary {
        verdicts = Map.copyOf(verdicts);
    }

    /**
     * The summary of each lane of {@code plan} under {@code grouping}, by lane name; {@code analysis}
     * may be {@code null} (before the first one), {@code greyed} lists the services not restored yet.
     */
    public static Map<String, LaneSummary> of(Plan plan, LaneGrouping grouping, Analysis analysis, Set<String> greyed) {
        Map<String, Tally> tallies = new HashMap<>();
        for (Service s : plan.services()) {
            String lane = grouping.groupOf(s);
            if (!lane.isEmpty()) {
                ServiceResult result = analysis == null ? null : analysis.result(s.id()).orElse(null);
                tallies.computeIfAbsent(lane, Tally::new).add(result, greyed.contains(s.id()));
            }
        }
        Map<String, LaneSummary> summaries = new HashMap<>();
        tallies.forEach((lane, tally) -> summaries.put(lane, tally.summary()));
        return summaries;
    }

    /** The name, then the counts: "eu-west · 23 services · 3 ✗ · up by 1h2m". */
    public String text() {
        return String.join(" · ", parts());
    }

    /**
     * The pieces of {@link #text()}, each of which reads on its own: the name, "23 services", "3 ✗",
     * "up by 1h2m"; a label too narrow for the whole line breaks between them.
     */
    public List<String> parts() {
        return GroupSummaryText.parts(lane, services, waiting, verdicts, upBy);
    }

    private static final class Tally {
        private final String lane;
        private final Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        private int services;
        private int waiting;
        private Duration upBy = Duration.ZERO;
        private boolean upByKnown = true;

        Tally(String lane) {
            this.lane = lane;
        }

        void add(ServiceResult result, boolean greyed) {
            services++;
            if (greyed) {
                waiting++;
                upByKnown = false;
            } else if (result == null || !result.isScheduled()) {
                upByKnown = false;
            }
            if (!greyed && result != null) {
                if (result.verdict() != Verdict.MEETS) {
                    verdicts.merge(result.verdict(), 1, Integer::sum);
                }
                if (result.isScheduled() && result.up().compareTo(upBy) > 0) {
                    upBy = result.up();
                }
            }
        }

        LaneSummary summary() {
            return new LaneSummary(lane, services, waiting, verdicts, upByKnown ? upBy : null);
        }
    }
}
