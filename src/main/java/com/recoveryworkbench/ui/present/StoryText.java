package com.recoveryworkbench.ui.present;

import com.recoveryworkbench.analysis.cost.ScenarioCost;
import com.recoveryworkbench.model.Durations;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The words of the story bar, apart from the view so they are tested without a display: "Wave 3 of 7 ·
 * up from 44m to 52m", "Mission critical · RTO 15m · 3 of 5 up · 1 late", with "proven" before the up
 * times on the proven basis, "Cost of downtime in eu-west lost: 12,500.00 EUR". Pure; arguments never null.
 */
public final class StoryText {
    private StoryText() {
    }

    /**
     * The headline of a step: where the story is and when its services are up. A wave's services are
     * up at their own times (a slow restore in wave 1 may finish hours after wave 3), so a wave shows
     * the range of its up times rather than one clock.
     */
    public static String heading(RestoreStory story, StoryStep step) {
        return heading(story, step, false);
    }

    /**
     * As {@link #heading(RestoreStory, StoryStep)}; on the {@code proven} basis the up times are the
     * drills' and say so: "Wave 3 of 7 · proven up at 1h7m".
     */
    public static String heading(RestoreStory story, StoryStep step, boolean proven) {
        return switch (step.kind()) {
            case DECLARED -> "Outage declared · " + (step.clock().isZero() ? "restores start at once"
                    : "restores start at " + Durations.format(step.clock()));
            case WAVE -> "Wave " + step.wave() + " of " + story.waveCount() + " · " + (proven ? "proven " : "")
                    + upTimes(step.arrivals());
            case NEVER_RESTORED -> "Never restored · " + count(step.arrivals().size()) + " blocked by a cycle";
        };
    }

    private static String upTimes(List<StoryStep.Arrival> arrivals) {
        List<Duration> ups = arrivals.stream().map(StoryStep.Arrival::up).filter(Objects::nonNull).sorted().toList();
        if (ups.isEmpty()) {
            return "nothing up";
        }
        Duration first = ups.get(0);
        Duration last = ups.get(ups.size() - 1);
        return first.equals(last) ? "up at " + Durations.format(last)
                : "up from " + Durations.format(first) + " to " + Durations.format(last);
    }

    /** A tier's own record so far: how many of its services are up, and whether any came up late. */
    public static String tier(StoryStep.TierClock tier) {
        return tier(tier, false);
    }

    /** As {@link #tier(StoryStep.TierClock)}; on the {@code proven} basis: "… · 3 of 5 proven up · 1 late". */
    public static String tier(StoryStep.TierClock tier, boolean proven) {
        String verdict;
        if (tier.late() > 0) {
            verdict = tier.late() + " late";
        } else {
            verdict = tier.restored() == tier.total() ? "all on time" : "on time so far";
        }
        return tier.name() + " · RTO " + Durations.format(tier.rtoTarget()) + " · " + tier.restored() + " of "
                + tier.total() + (proven ? " proven up · " : " up · ") + verdict;
    }

    /**
     * What the scenario's downtime costs, said at the story's closing step: "Cost of downtime in eu-west
     * lost: 12,500.00 EUR", adding how many blocked services count the whole horizon.
     */
    public static String cost(String scenarioName, ScenarioCost cost) {
        String line = "Cost of downtime in " + scenarioName + ": " + cost.formattedTotal();
        int blocked = cost.blockedAtHorizon();
        return blocked == 0 ? line : line + " (" + blocked + (blocked == 1 ? " blocked service" : " blocked services")
                + " counted for the whole horizon)";
    }

    /** How far the story is: "step 3 of 8". */
    public static String position(RestoreStory story, int index) {
        return "step " + (story.clamp(index) + 1) + " of " + story.steps().size();
    }

    private static String count(int services) {
        return services + (services == 1 ? " service" : " services");
    }
}
