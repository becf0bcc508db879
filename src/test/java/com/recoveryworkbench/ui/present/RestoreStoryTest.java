package com.recoveryworkbench.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Stories of small hand-worked plans. Default tiers: tier-0 RTO 15m, tier-1 1h, tier-2 4h, tier-3 24h;
 * services are stateless applications in tier-2 unless told otherwise.
 */
class RestoreStoryTest {
    private final List<Service> services = new ArrayList<>();
    private final List<Dependency> dependencies = new ArrayList<>();
    private Settings settings = Settings.DEFAULT;

    @Test
    void storyStartsAtTheDeclarationThenRestoresWaveByWaveAndCallsOutTheMissWhenItsWaveArrives() {
        // Declared at 10m. Wave 1: Web up 15m, DB up 50m. Wave 2: Auth up 54m. Wave 3: Checkout up 1h2m,
        // past its tier-0 target of 15m.
        service("db", "DB", 40, b -> b);
        service("web", "Web", 5, b -> b);
        service("auth", "Auth", 4, b -> b);
        service("checkout", "Checkout", 8, b -> b.tier("tier-0"));
        hard("auth", "db");
        hard("checkout", "auth");
        settings = settings.withDeclarationDelay(minutes(10));

        RestoreStory story = story();

        assertEquals(3, story.waveCount());
        assertEquals(3, story.lastIndex());
        StoryStep declared = story.step(0);
        assertSame(StoryStep.Kind.DECLARED, declared.kind());
        assertEquals(minutes(10), declared.clock());
        assertTrue(declared.restored().isEmpty());
        assertEquals(List.of(new StoryStep.TierClock("tier-0", "Mission critical", minutes(15), 0, 1, 0),
                new StoryStep.TierClock("tier-2", "Business operational", minutes(240), 0, 3, 0)), declared.tiers());

        StoryStep first = story.step(1);
        assertEquals(1, first.wave());
        assertEquals(minutes(50), first.clock());
        assertEquals(Set.of("db", "web"), first.restored());
        assertEquals(List.of("web", "db"), first.arrivals().stream().map(StoryStep.Arrival::serviceId).toList());
        assertTrue(first.callouts().isEmpty());
        assertEquals(2, first.tiers().get(1).restored());

        assertEquals(minutes(54), story.step(2).clock());
        assertEquals(Set.of("auth", "db", "web"), story.step(2).restored());

        StoryStep last = story.step(3);
        assertEquals(minutes(62), last.clock());
        assertEquals(Set.of("auth", "checkout", "db", "web"), last.restored());
        assertEquals(List.of(new StoryStep.Callout("checkout", "Checkout", Finding.RULE_RTO_MISS,
                "Checkout is up at 1h2m, target 15m: declaration 10m → DB 40m → Auth 4m → Checkout 8m")),
                last.callouts());
        StoryStep.Arrival checkout = last.arrivals().get(0);
        assertEquals(minutes(62), checkout.up());
        assertEquals(minutes(15), checkout.rtoTarget());
        // Checkout, the only mission-critical service, is up at 1h2m against 15m: late. The other tier
        // (4h) has all its services up in time, although the clock is the same for both.
        assertEquals(new StoryStep.TierClock("tier-0", "Mission critical", minutes(15), 1, 1, 1), last.tiers().get(0));
        assertEquals(new StoryStep.TierClock("tier-2", "Business operational", minutes(240), 3, 3, 0),
                last.tiers().get(1));

    }

    @Test
    void clockWaitsForASlowServiceOfAnEarlierWave() {
        // Wave 1: Slow up 1h, Quick up 5m. Wave 2: After (needs Quick) is up at 10m, yet the clock stays at 1h.
        service("slow", "Slow", 60, b -> b);
        service("quick", "Quick", 5, b -> b);
        service("after", "After", 5, b -> b);
        hard("after", "quick");

        RestoreStory story = story();

        assertEquals(minutes(60), story.step(1).clock());
        assertEquals(minutes(60), story.step(2).clock());
        assertEquals(minutes(10), story.step(2).arrivals().get(0).up());
    }

    @Test
    void withOneRestoreTeamALaterWaveCanBeUpBeforeAnEarlierOneAndTheClockShowsTheLaterTime() {
        // One slot: Urgent (tier-0) 0-5m, then Follower (tier-0, needs Urgent) 5-10m, then Archive (tier-3) 10-40m.
        service("archive", "Archive", 30, b -> b.tier("tier-3"));
        service("urgent", "Urgent", 5, b -> b.tier("tier-0"));
        service("follower", "Follower", 5, b -> b.tier("tier-0"));
        hard("follower", "urgent");
        settings = settings.withRestoreCapacity(1);

        RestoreStory story = story();

        assertEquals(minutes(40), story.step(1).clock());
        assertEquals(List.of("urgent", "archive"),
                story.step(1).arrivals().stream().map(StoryStep.Arrival::serviceId).toList());
        assertEquals(minutes(40), story.step(2).clock());
        assertEquals(minutes(10), story.step(2).arrivals().get(0).up());
    }

    @Test
    void servicesCaughtInACycleAreToldInAFinalNeverRestoredStep() {
        service("x", "X", 5, b -> b);
        service("y", "Y", 5, b -> b);
        service("z", "Z", 5, b -> b);
        service("w", "W", 7, b -> b);
        hard("x", "y");
        hard("y", "x");
        hard("z", "x");

        RestoreStory story = story();

        assertEquals(2, story.lastIndex());
        StoryStep never = story.step(2);
        assertSame(StoryStep.Kind.NEVER_RESTORED, never.kind());
        assertEquals(minutes(7), never.clock());
        assertEquals(Set.of("w"), never.restored());
        assertEquals(List.of("x", "y", "z"), never.arrivals().stream().map(StoryStep.Arrival::serviceId).toList());
        assertNull(never.arrivals().get(0).up());
        assertEquals(1, never.callouts().size(), "the one cycle is told once");
        assertEquals(Finding.RULE_CYCLE, never.callouts().get(0).rule());
        assertTrue(never.callouts().get(0).message().startsWith("Cycle: "), never.callouts().get(0).message());
    }

    @Test
    void anRpoMissIsCalledOutWithItsWave() {
        // A database without data protection can lose everything; its tier-2 RPO target is 1h.
        service("app", "App", 5, b -> b);
        services.add(Service.builder("orders", ServiceKind.DATABASE).name("Orders DB").restoreTime(minutes(20)).build());
        hard("app", "orders");

        StoryStep wave1 = story().step(1);

        assertEquals(List.of("orders"), wave1.callouts().stream().map(StoryStep.Callout::serviceId).toList());
        assertEquals(Finding.RULE_RPO_MISS, wave1.callouts().get(0).rule());
        assertTrue(story().step(2).callouts().isEmpty());
    }

    @Test
    void withoutAnAnalysisTheStoryIsOnlyTheDeclarationAndStepsClamp() {
        service("a", "A", 5, b -> b);

        RestoreStory story = RestoreStory.of(plan(), null);

        assertEquals(0, story.lastIndex());
        assertSame(story.step(0), story.step(4));
        assertEquals(0, story.clamp(-1));
    }

    @Test
    void anAnalysisOlderThanThePlanLeavesNewServicesUnrestoredAndRemovedOnesOut() {
        service("a", "A", 5, b -> b);
        service("gone", "Gone", 5, b -> b);
        Analysis older = new RecoveryAnalyzer().analyze(plan());
        Plan newer = plan().withoutServices(List.of("gone"))
                .withService(Service.builder("new", ServiceKind.APPLICATION).restoreTime(minutes(1)).build());

        RestoreStory story = RestoreStory.of(newer, older);

        assertEquals(Set.of("a"), story.step(1).restored());
        assertEquals(List.of("a"), story.step(1).arrivals().stream().map(StoryStep.Arrival::serviceId).toList());
    }

    private RestoreStory story() {
        return RestoreStory.of(plan(), new RecoveryAnalyzer().analyze(plan()));
    }

    private Plan plan() {
        return new Plan("test", "", settings, TierPolicy.defaults(), services, dependencies);
    }

    private void service(String id, String name, long restoreMinutes, UnaryOperator<Service.Builder> more) {
        services.add(more.apply(Service.builder(id, ServiceKind.APPLICATION).name(name)
                .restoreTime(minutes(restoreMinutes))).build());
    }

    private void hard(String from, String to) {
        dependencies.add(Dependency.hard(from, to));
    }

    private static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }
}
