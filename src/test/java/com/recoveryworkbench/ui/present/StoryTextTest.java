package com.recoveryworkbench.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StoryTextTest {
    private static final StoryStep.TierClock MISSION_CRITICAL =
            new StoryStep.TierClock("tier-0", "Mission critical", Duration.ofMinutes(15), 3, 5);

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
    void tierTellsTimeLeftBeforeItsTargetAndHowFarTheClockIsPastIt() {
        assertEquals("Mission critical · RTO 15m · 3 of 5 up · 5m left",
                StoryText.tier(MISSION_CRITICAL, Duration.ofMinutes(10)));
        assertEquals("Mission critical · RTO 15m · 3 of 5 up · 0s left",
                StoryText.tier(MISSION_CRITICAL, Duration.ofMinutes(15)));
        assertEquals("Mission critical · RTO 15m · 3 of 5 up · passed by 37m",
                StoryText.tier(MISSION_CRITICAL, Duration.ofMinutes(52)));
    }
}
