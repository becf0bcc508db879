package com.recoveryworkbench.ui.present;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.TierPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The restore sequence of a plan told step by step, for a room watching a projector. Pure and
 * immutable; built on any thread from a plan and its analysis.
 *
 * <ul>
 *   <li>Step 0, {@link StoryStep.Kind#DECLARED}: nothing is restored; the clock stands at the plan's
 *       declaration delay.</li>
 *   <li>One {@link StoryStep.Kind#WAVE} step per wave: the services of waves 1 to n are restored. The
 *       clock is the latest up time of any of them, so it never runs backwards and everything shown as
 *       restored really is up by then. Usually that is the up time of the wave's last service; when a
 *       slow service of an earlier wave is still restoring (a long wave-1 restore, or limited restore
 *       capacity letting waves overlap), the clock waits for it. Services of later waves that happen to
 *       be up earlier are still shown in their own wave: the story follows the waves, not the clock.</li>
 *   <li>The misses of a wave are called out at its step, with the text of the analysis's
 *       {@code rto-miss} and {@code rpo-miss} findings about them.</li>
 *   <li>When services are blocked (in a cycle, or hard-depending on one), a last
 *       {@link StoryStep.Kind#NEVER_RESTORED} step lists them with the cycle findings and their RPO
 *       misses; nothing more is restored and the clock stays where it was.</li>
 * </ul>
 *
 * <p>The analysis may be older than the plan (it runs in the background): services it does not know
 * yet are never restored in the story and are named by id; services the plan no longer has are left out.
 */
public record RestoreStory(List<StoryStep> steps, int waveCount) {
    private static final Set<String> MISS_RULES = Set.of(Finding.RULE_RTO_MISS, Finding.RULE_RPO_MISS);

    public RestoreStory {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a story has at least its declared step");
        }
    }

    /** The story of {@code plan} as {@code analysis} computed it; {@code analysis} null gives only the declared step. */
    public static RestoreStory of(Plan plan, Analysis analysis) {
        Objects.requireNonNull(plan, "plan");
        Duration clock = plan.settings().declarationDelay();
        List<StoryStep> steps = new ArrayList<>();
        SortedSet<String> restored = new TreeSet<>();
        Map<TierPolicy, List<String>> tiers = tierMembers(plan);
        steps.add(new StoryStep(StoryStep.Kind.DECLARED, 0, clock, restored, List.of(), List.of(),
                tierClocks(tiers, restored, analysis)));
        if (analysis == null) {
            return new RestoreStory(steps, 0);
        }
        for (Map.Entry<Integer, List<String>> wave : analysis.waves().entrySet()) {
            List<ServiceResult> members = results(plan, analysis, wave.getValue());
            for (ServiceResult r : members) {
                restored.add(r.id());
                clock = r.up().compareTo(clock) > 0 ? r.up() : clock;
            }
            steps.add(new StoryStep(StoryStep.Kind.WAVE, wave.getKey(), clock, restored, arrivals(plan, members),
                    callouts(plan, analysis, members, MISS_RULES), tierClocks(tiers, restored, analysis)));
        }
        List<String> blockedIds = analysis.results().stream().filter(r -> !r.isScheduled()).map(ServiceResult::id)
                .toList();
        List<ServiceResult> blocked = results(plan, analysis, blockedIds);
        if (!blocked.isEmpty()) {
            steps.add(new StoryStep(StoryStep.Kind.NEVER_RESTORED, 0, clock, restored, arrivals(plan, blocked),
                    callouts(plan, analysis, blocked, Set.of(Finding.RULE_CYCLE, Finding.RULE_RPO_MISS)),
                    tierClocks(tiers, restored, analysis)));
        }
        return new RestoreStory(steps, analysis.waves().size());
    }

    /** The step at {@code index}, clamped to the story's steps. */
    public StoryStep step(int index) {
        return steps.get(clamp(index));
    }

    /** {@code index} moved into {@code 0…lastIndex()}. */
    public int clamp(int index) {
        return Math.max(0, Math.min(index, lastIndex()));
    }

    public int lastIndex() {
        return steps.size() - 1;
    }

    /** The results of the ids the plan still has, by up time (blocked last), then id. */
    private static List<ServiceResult> results(Plan plan, Analysis analysis, List<String> ids) {
        return ids.stream().filter(plan::hasService).map(id -> analysis.result(id).orElseThrow())
                .sorted(Comparator.comparing(ServiceResult::up, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ServiceResult::id))
                .toList();
    }

    private static List<StoryStep.Arrival> arrivals(Plan plan, List<ServiceResult> members) {
        return members.stream().map(r -> new StoryStep.Arrival(r.id(), name(plan, r.id()), r.up(), r.rtoTarget(),
                r.verdict())).toList();
    }

    /**
     * The findings of {@code rules} that are about one of {@code members} (it comes first in the finding),
     * in the members' order; a cycle finding, about all its members, is told once, at its first member.
     */
    private static List<StoryStep.Callout> callouts(Plan plan, Analysis analysis, List<ServiceResult> members,
                                                    Set<String> rules) {
        List<StoryStep.Callout> callouts = new ArrayList<>();
        Set<Finding> told = new HashSet<>();
        for (ServiceResult r : members) {
            for (Finding f : analysis.findingsFor(r.id())) {
                boolean about = f.rule().equals(Finding.RULE_CYCLE) || f.services().get(0).equals(r.id());
                if (rules.contains(f.rule()) && about && told.add(f)) {
                    callouts.add(new StoryStep.Callout(r.id(), name(plan, r.id()), f.rule(), f.message()));
                }
            }
        }
        return callouts;
    }

    /** The ids of each tier's services, for the tiers that have any; most urgent RTO target first. */
    private static Map<TierPolicy, List<String>> tierMembers(Plan plan) {
        Map<String, List<String>> byTier = new HashMap<>();
        for (Service s : plan.services()) {
            byTier.computeIfAbsent(s.tier(), t -> new ArrayList<>()).add(s.id());
        }
        Map<TierPolicy, List<String>> members = new LinkedHashMap<>();
        plan.tiers().stream().sorted(Comparator.comparing(TierPolicy::rtoTarget).thenComparing(TierPolicy::id))
                .filter(t -> byTier.containsKey(t.id())).forEach(t -> members.put(t, byTier.get(t.id())));
        return members;
    }

    /** {@code analysis} may be null (nothing restored yet). */
    private static List<StoryStep.TierClock> tierClocks(Map<TierPolicy, List<String>> tiers, Set<String> restored,
                                                        Analysis analysis) {
        List<StoryStep.TierClock> clocks = new ArrayList<>();
        tiers.forEach((tier, ids) -> {
            List<String> up = ids.stream().filter(restored::contains).toList();
            int late = (int) up.stream().filter(id -> analysis != null && analysis.result(id)
                    .map(r -> Boolean.FALSE.equals(r.rtoMet())).orElse(false)).count();
            clocks.add(new StoryStep.TierClock(tier.id(), tier.name(), tier.rtoTarget(), up.size(), ids.size(), late));
        });
        return clocks;
    }

    private static String name(Plan plan, String id) {
        return plan.service(id).map(Service::name).orElse(id);
    }
}
