package com.recoveryworkbench.ui.present;

import com.recoveryworkbench.model.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of the story bar, apart from the view so they are tested without a display: "Wave 3 of 7 ·
 * clock 52m", "Mission critical · RTO 15m · 3 of 5 up · 1 late". Pure; arguments never null.
 */
public final class StoryText {
    private StoryText() {
    }

    /** The headline of a step: where the story is and what the clock says. */
    public static String heading(RestoreStory story, StoryStep step) {
        String clock = "clock " + Durations.format(step.clock());
        return switch (step.kind()) {
            case DECLARED -> "Outage declared · " + clock;
            case WAVE -> "Wave " + step.wave() + " of " + story.waveCount() + " · " + clock;
            case NEVER_RESTORED -> "Never restored · " + count(step.arrivals().size()) + " blocked by a cycle";
        };
    }

    /**
     * A tier's own record at this point: how many of its services are up, and whether any came up
     * late or is still down past the tier's target.
     */
    public static String tier(StoryStep.TierClock tier, Duration clock) {
        List<String> behind = new ArrayList<>();
        if (tier.late() > 0) {
            behind.add(tier.late() + " late");
        }
        int overdue = tier.overdueAt(clock);
        if (overdue > 0) {
            behind.add(overdue + " still down past the target");
        }
        String verdict;
        if (!behind.isEmpty()) {
            verdict = String.join(", ", behind);
        } else if (tier.restored() == tier.total()) {
            verdict = "all on time";
        } else {
            verdict = "on time so far, " + Durations.format(tier.rtoTarget().minus(clock)) + " left";
        }
        return tier.name() + " · RTO " + Durations.format(tier.rtoTarget()) + " · " + tier.restored() + " of "
                + tier.total() + " up · " + verdict;
    }

    /** How far the story is: "step 3 of 8". */
    public static String position(RestoreStory story, int index) {
        return "step " + (story.clamp(index) + 1) + " of " + story.steps().size();
    }

    private static String count(int services) {
        return services + (services == 1 ? " service" : " services");
    }
}
