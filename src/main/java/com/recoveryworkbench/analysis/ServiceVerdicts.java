package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.Service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the schedule and the targets into one {@link ServiceResult} per service, with its RTO and
 * RPO misses as findings. The RPO of a blocked service is still judged: it does not depend on the
 * restore order.
 *
 * <p>An RTO miss names the chain that causes it. A chain of more than {@value #MAX_STEPS} steps keeps
 * its first {@value #HEAD_STEPS} and last {@value #TAIL_STEPS} in the message and sums up the middle
 * ("(24 more steps, 9h12m)"), so the steps still add up to the up time; a sentence of dozens of
 * steps helps nobody, and its length made messages the bulk of the analysis time on large plans.
 * The finding's services and the result's critical path keep the whole chain, as views of the shared
 * links of {@link CriticalPaths} (see {@link ChainList}), so a long chain costs no more than a short one.
 *
 * <p>A service the scenario leaves unaffected is up at 0 and loses nothing (rule 5); one that only
 * waits loses nothing either (rule 6).
 */
final class ServiceVerdicts {
    static final int MAX_STEPS = 8;
    static final int HEAD_STEPS = 3;
    static final int TAIL_STEPS = 4;

    private final PlanGraph graph;
    private final Schedule schedule;
    private final int[] waves;
    private final Targets targets;
    private final CriticalPaths paths;
    private final Duration declarationDelay;
    private final FindingCollector findings;
    private final ScenarioImpact impact;
    private final String[] stepTexts;

    ServiceVerdicts(PlanGraph graph, Schedule schedule, int[] waves, Targets targets, CriticalPaths paths,
                    Duration declarationDelay, FindingCollector findings, ScenarioImpact impact) {
        this.impact = impact;
        this.graph = graph;
        this.schedule = schedule;
        this.waves = waves;
        this.targets = targets;
        this.paths = paths;
        this.declarationDelay = declarationDelay;
        this.findings = findings;
        this.stepTexts = new String[graph.size()];
    }

    ServiceResult result(int i) {
        Service s = graph.service(i);
        Duration rtoTarget = targets.rto(i);
        Duration rpoTarget = targets.rpo(i);
        ServiceState state = impact.state(i);
        RpoEstimate rpo = RpoEstimates.of(s, state, impact.corruptsData());
        Boolean rpoMet = RpoEstimates.meets(rpo, rpoTarget);
        if (!state.isDown()) {
            return new ServiceResult(s.id(), null, null, Duration.ZERO, rtoTarget, rtoTarget,
                    rtoTarget == null ? null : Boolean.TRUE, rpo, rpoTarget, rpoMet, List.of(), Verdict.UNAFFECTED,
                    state);
        }
        if (state.takesAction() && impact.corruptsData() && RpoEstimates.exposedToCorruption(s)) {
            findings.add(new Finding(Severity.ERROR, Finding.RULE_CORRUPTION_UNPROTECTED, List.of(s.id()),
                    FindingSentences.corruptionUnprotected(s, rpoTarget)), i);
        } else if (Boolean.FALSE.equals(rpoMet)) {
            findings.add(new Finding(Severity.ERROR, Finding.RULE_RPO_MISS, List.of(s.id()),
                    FindingSentences.rpoMiss(s, rpo, rpoTarget)), i);
        }
        if (!schedule.isScheduled(i)) {
            return new ServiceResult(s.id(), null, null, null, rtoTarget, null, null, rpo, rpoTarget, rpoMet,
                    List.of(), Verdict.BLOCKED, state);
        }
        Duration up = Duration.ofSeconds(schedule.up(i));
        Duration slack = rtoTarget == null ? null : rtoTarget.minus(up);
        Boolean rtoMet = slack == null ? null : !slack.isNegative();
        if (Boolean.FALSE.equals(rtoMet)) {
            findings.add(rtoMiss(i, paths.path(i), up, rtoTarget), i);
        }
        List<String> criticalPath = paths.ids(i);
        return new ServiceResult(s.id(), waves[i], Duration.ofSeconds(schedule.start(i)), up, rtoTarget, slack, rtoMet,
                rpo, rpoTarget, rpoMet, criticalPath, verdict(impact.missingTime(i), rtoTarget, slack, rpoMet), state);
    }

    private Finding rtoMiss(int i, int[] path, Duration up, Duration target) {
        List<String> services = paths.idsEndFirst(i);
        return new Finding(Severity.ERROR, Finding.RULE_RTO_MISS, services, FindingSentences.rtoMiss(graph.service(i), up,
                target, declarationDelay, steps(path), Duration.ofSeconds(paths.waited(i)), unknownRestoreTimes(path)));
    }

    /** The names of the services on the chain without a restore time: each counted as 0s, so the up time is a floor. */
    private List<String> unknownRestoreTimes(int[] path) {
        List<String> names = new ArrayList<>();
        for (int step : path) {
            if (graph.service(step).restoreTime() == null) {
                names.add(graph.name(step));
            }
        }
        return names;
    }

    private List<String> steps(int[] path) {
        List<String> steps = new ArrayList<>(Math.min(path.length, MAX_STEPS));
        if (path.length <= MAX_STEPS) {
            for (int step : path) {
                steps.add(step(step));
            }
            return steps;
        }
        int tailStart = path.length - TAIL_STEPS;
        long hidden = paths.restored(path[tailStart - 1]) - paths.restored(path[HEAD_STEPS - 1]);
        for (int k = 0; k < HEAD_STEPS; k++) {
            steps.add(step(path[k]));
        }
        steps.add(FindingSentences.hiddenSteps(tailStart - HEAD_STEPS, Duration.ofSeconds(hidden)));
        for (int k = tailStart; k < path.length; k++) {
            steps.add(step(path[k]));
        }
        return steps;
    }

    /** Services recur on many chains; each one's step is written once. */
    private String step(int i) {
        if (stepTexts[i] == null) {
            stepTexts[i] = FindingSentences.step(graph.service(i), impact.state(i));
        }
        return stepTexts[i];
    }

    /**
     * The verdict of a scheduled service: a miss that is certain first, then missing data, then how close
     * it cuts. A missing restore time counts as 0s, so an up time computed without it is the earliest the
     * service can be up: when even that is past the target, the miss is certain and more data cannot
     * change it. (With limited restore capacity that holds for the service's own missing time; one
     * missing further up the chain could, in rare schedules, reorder the slots in its favour.)
     */
    private static Verdict verdict(boolean missingRestoreTime, Duration rtoTarget, Duration slack, Boolean rpoMet) {
        if (slack != null && slack.isNegative() || Boolean.FALSE.equals(rpoMet)) {
            return Verdict.MISSED;
        }
        if (missingRestoreTime || rtoTarget == null) {
            return Verdict.INCOMPLETE;
        }
        return slack.multipliedBy(5).compareTo(rtoTarget) <= 0 ? Verdict.AT_RISK : Verdict.MEETS;
    }
}
