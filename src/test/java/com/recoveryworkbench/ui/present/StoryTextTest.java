package com.recoveryworkbench.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StoryTextTest {
    private static StoryStep.TierClock missionCritical(int restored, int late) {
        return new StoryStep.TierClock("tier-0", "Mission critical", Duration.ofMinutes(15), restored, 5, late);
    }

    private static StoryStep step(StoryStep.Kind kind, int wave, long clockMinutes, int arrivals) {
        List<StoryStep.Arrival> arrived = IntStream.range(0, arrivals)
                .mapToObj(i -> new StoryStep.Arrival("s" + i, "S" + i, null, null, null)).toList();
        return new StoryStep(kind, wave, Duration.ofMinutes(clockMinutes), new TreeSet<>(), arrived, List.of(),
                List.of());
    }

    @Test
    void headingSaysWhichWaveOfHowManyAndTheClock() {
        StoryStep declared = step(StoryStep.Kind.DECLARED, 0, 10, 0);
        StoryStep wave = step(StoryStep.Kind.WAVE, 3, 52, 1);
        StoryStep never = step(StoryStep.Kind.NEVER_RESTORED, 0, 52, 2);
        RestoreStory story = new RestoreStory(List.of(declared, wave, never), 7);

        assertEquals("Outage declared · clock 10m", StoryText.heading(story, declared));
        assertEquals("Wave 3 of 7 · clock 52m", StoryText.heading(story, wave));
        assertEquals("Never restored · 2 services blocked by a cycle", StoryText.heading(story, never));
        assertEquals("step 2 of 3", StoryText.position(story, 1));
    }

    @Test
    void aTierIsJudgedByItsOwnServicesNotByTheClockOfTheSlowestTier() {
        assertEquals("Mission critical · RTO 15m · 3 of 5 up · on time so far, 5m left",
                StoryText.tier(missionCritical(3, 0), Duration.ofMinutes(10)));
        assertEquals("Mission critical · RTO 15m · 3 of 5 up · on time so far, 0s left",
                StoryText.tier(missionCritical(3, 0), Duration.ofMinutes(15)));
        // The clock is long past 15m because of another tier; all five came up in time.
        assertEquals("Mission critical · RTO 15m · 5 of 5 up · all on time",
                StoryText.tier(missionCritical(5, 0), Duration.ofMinutes(150)));
        assertEquals("Mission critical · RTO 15m · 5 of 5 up · 1 late",
                StoryText.tier(missionCritical(5, 1), Duration.ofMinutes(52)));
        assertEquals("Mission critical · RTO 15m · 3 of 5 up · 1 late, 2 still down past the target",
                StoryText.tier(missionCritical(3, 1), Duration.ofMinutes(52)));
    }
}
