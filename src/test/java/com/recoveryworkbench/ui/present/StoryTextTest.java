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

    /** Arrival i is up at {@code firstUp + 8i} minutes. */
    private static StoryStep step(StoryStep.Kind kind, int wave, long clockMinutes, int arrivals, long firstUp) {
        List<StoryStep.Arrival> arrived = IntStream.range(0, arrivals)
                .mapToObj(i -> new StoryStep.Arrival("s" + i, "S" + i, Duration.ofMinutes(firstUp + 8L * i), null,
                        null)).toList();
        return new StoryStep(kind, wave, Duration.ofMinutes(clockMinutes), new TreeSet<>(), arrived, List.of(),
                List.of());
    }

    @Test
    void headingSaysWhichWaveOfHowManyAndTheClock() {
        StoryStep declared = step(StoryStep.Kind.DECLARED, 0, 10, 0, 0);
        StoryStep wave = step(StoryStep.Kind.WAVE, 3, 52, 1, 52);
        StoryStep spread = step(StoryStep.Kind.WAVE, 4, 70, 3, 54);
        StoryStep never = step(StoryStep.Kind.NEVER_RESTORED, 0, 52, 2, 0);
        RestoreStory story = new RestoreStory(List.of(declared, wave, never), 7);

        assertEquals("Outage declared · restores start at 10m", StoryText.heading(story, declared));
        assertEquals("Outage declared · restores start at once",
                StoryText.heading(story, step(StoryStep.Kind.DECLARED, 0, 0, 0, 0)));
        assertEquals("Wave 3 of 7 · up at 52m", StoryText.heading(story, wave));
        assertEquals("Wave 4 of 7 · up from 54m to 1h10m", StoryText.heading(story, spread));
        assertEquals("Never restored · 2 services blocked by a cycle", StoryText.heading(story, never));
        assertEquals("step 2 of 3", StoryText.position(story, 1));
    }

    @Test
    void aTierIsJudgedByItsOwnServices() {
        assertEquals("Mission critical · RTO 15m · 3 of 5 up · on time so far",
                StoryText.tier(missionCritical(3, 0)));
        assertEquals("Mission critical · RTO 15m · 5 of 5 up · all on time", StoryText.tier(missionCritical(5, 0)));
        assertEquals("Mission critical · RTO 15m · 3 of 5 up · 1 late", StoryText.tier(missionCritical(3, 1)));
    }

    @Test
    void onTheProvenBasisTheUpTimesSayProven() {
        StoryStep declared = step(StoryStep.Kind.DECLARED, 0, 10, 0, 0);
        StoryStep wave = step(StoryStep.Kind.WAVE, 3, 67, 1, 67);
        RestoreStory story = new RestoreStory(List.of(declared, wave), 7);

        assertEquals("Wave 3 of 7 · proven up at 1h7m", StoryText.heading(story, wave, true));
        assertEquals("Outage declared · restores start at 10m", StoryText.heading(story, declared, true));
        assertEquals("Mission critical · RTO 15m · 3 of 5 proven up · 1 late",
                StoryText.tier(missionCritical(3, 1), true));
    }
}
