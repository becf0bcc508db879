package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;

import java.time.Duration;

/**
 * What one scenario does to each service of a plan: the rules 1 to 3 of docs/recovery-rules.md.
 * Which services are hit, what each one must do itself (restore, fail over, nothing), which are
 * down (their own action, or a hard dependency that is down), and how many seconds their own action
 * takes. Built once per scenario from the plan's graph; never changed after.
 */
final class ScenarioImpact {
    private final Scenario scenario;
    private final ServiceState[] states;
    private final long[] seconds;
    private final boolean[] missingTime;
    private final PlanGraph graph;
    private final int downCount;

    private ScenarioImpact(Scenario scenario, ServiceState[] states, long[] seconds, boolean[] missingTime,
                           PlanGraph graph, int downCount) {
        this.scenario = scenario;
        this.states = states;
        this.seconds = seconds;
        this.missingTime = missingTime;
        this.graph = graph;
        this.downCount = downCount;
    }

    static ScenarioImpact of(PlanGraph plan, Scenario scenario) {
        int n = plan.size();
        ServiceState[] states = new ServiceState[n];
        long[] seconds = new long[n];
        boolean[] missingTime = new boolean[n];
        boolean[] down = new boolean[n];
        int[] queue = new int[n];
        int tail = 0;
        for (int i = 0; i < n; i++) {
            Service s = plan.service(i);
            states[i] = ServiceState.ownAction(s, scenario);
            if (states[i].takesAction()) {
                Duration time = states[i] == ServiceState.FAILED_OVER ? s.failoverTime() : s.restoreTime();
                missingTime[i] = time == null;
                seconds[i] = time == null ? 0 : time.getSeconds();
                down[i] = true;
                queue[tail++] = i;
            }
        }
        // Rule 3: whatever hard-depends on a down service is down too, and waits for it.
        for (int head = 0; head < tail; head++) {
            for (int dependent : plan.hardDependents(queue[head])) {
                if (!down[dependent]) {
                    down[dependent] = true;
                    states[dependent] = ServiceState.WAITING;
                    queue[tail++] = dependent;
                }
            }
        }
        PlanGraph graph = tail == n ? plan : plan.restrictedTo(down);
        return new ScenarioImpact(scenario, states, seconds, missingTime, graph, tail);
    }

    Scenario scenario() {
        return scenario;
    }

    /** The plan's services with only the hard dependencies between down services: what is scheduled. */
    PlanGraph graph() {
        return graph;
    }

    ServiceState state(int i) {
        return states[i];
    }

    boolean isDown(int i) {
        return states[i].isDown();
    }

    int downCount() {
        return downCount;
    }

    /** How long each service's own action takes, in seconds: 0 when it only waits, is unaffected or the time is unknown. */
    long[] seconds() {
        return seconds;
    }

    /** Whether the service must be restored or failed over and the plan lacks the time that takes. */
    boolean missingTime(int i) {
        return missingTime[i];
    }

    boolean corruptsData() {
        return scenario.dataCorruption();
    }
}
