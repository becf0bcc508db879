package com.recoveryworkbench.analysis.advice;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.TierPolicy;

import java.time.Duration;
import java.util.List;

/**
 * One edit of a plan that the {@link Advisor} tries: what a candidate stands for, so that a window can
 * apply it as one undoable edit and a report can name it. Immutable; {@link #applyTo} returns a new
 * plan and expects the plan the change was proposed for (the service, dependency or tier it names
 * exists there).
 */
public sealed interface PlanChange {

    /** The word reports and JSON use: {@code restore-time}, {@code make-soft}, … */
    String type();

    /** The plan with this change made. */
    Plan applyTo(Plan plan);

    /** The ids of the services the change touches (for highlighting); empty for plan-wide changes. */
    List<String> services();

    /** One sentence for people: "Restore Legacy order DB in 8m (now 40m)". */
    String describe(Plan plan);

    /** Whether this is a policy decision (relaxing a target) rather than a fix of the recovery. */
    default boolean isPolicy() {
        return false;
    }

    private static String nameOf(Plan plan, String id) {
        return plan.service(id).map(Service::name).orElse(id);
    }

    /** Restore one service faster: {@code to} is the exact time a miss needs (see {@link Requirement}). */
    record RestoreTime(String service, Duration from, Duration to) implements PlanChange {
        @Override
        public String type() {
            return "restore-time";
        }

        @Override
        public Plan applyTo(Plan plan) {
            return plan.withService(plan.service(service).orElseThrow().withRestoreTime(to));
        }

        @Override
        public List<String> services() {
            return List.of(service);
        }

        @Override
        public String describe(Plan plan) {
            return "Restore " + nameOf(plan, service) + " in " + Durations.format(to) + " (now "
                    + Durations.format(from) + ")";
        }
    }

    /** Fail one service over faster. */
    record FailoverTime(String service, Duration from, Duration to) implements PlanChange {
        @Override
        public String type() {
            return "failover-time";
        }

        @Override
        public Plan applyTo(Plan plan) {
            return plan.withService(plan.service(service).orElseThrow().toBuilder().failoverTime(to).build());
        }

        @Override
        public List<String> services() {
            return List.of(service);
        }

        @Override
        public String describe(Plan plan) {
            return "Fail " + nameOf(plan, service) + " over in " + Durations.format(to) + " (now "
                    + Durations.format(from) + ")";
        }
    }

    /** Loosen one hard dependency: {@code from} runs degraded without {@code to} instead of waiting for it. */
    record MakeSoft(String from, String to) implements PlanChange {
        @Override
        public String type() {
            return "make-soft";
        }

        @Override
        public Plan applyTo(Plan plan) {
            return plan.withDependency(Dependency.soft(from, to));
        }

        @Override
        public List<String> services() {
            return List.of(from, to);
        }

        @Override
        public String describe(Plan plan) {
            return "Let " + nameOf(plan, from) + " start without " + nameOf(plan, to) + " (make the dependency soft)";
        }
    }

    /** Run one service warm-standby or active-active in its standby region. */
    record Strategy(String service, RecoveryStrategy from, RecoveryStrategy to) implements PlanChange {
        @Override
        public String type() {
            return "strategy";
        }

        @Override
        public Plan applyTo(Plan plan) {
            return plan.withService(plan.service(service).orElseThrow().toBuilder().strategy(to).build());
        }

        @Override
        public List<String> services() {
            return List.of(service);
        }

        @Override
        public String describe(Plan plan) {
            Service s = plan.service(service).orElseThrow();
            return "Run " + s.name() + " " + to.code() + " with " + s.standbyRegion() + " (now "
                    + (from == null ? "no strategy" : from.code()) + ")";
        }
    }

    /** One more restore slot. */
    record Capacity(int from, int to) implements PlanChange {
        @Override
        public String type() {
            return "capacity";
        }

        @Override
        public Plan applyTo(Plan plan) {
            return plan.withSettings(plan.settings().withRestoreCapacity(to));
        }

        @Override
        public List<String> services() {
            return List.of();
        }

        @Override
        public String describe(Plan plan) {
            return "Run " + to + " restores at once (now " + from + ")";
        }
    }

    /** Declare the disaster sooner, by one step of {@link DelaySteps}. */
    record DeclarationDelay(Duration from, Duration to) implements PlanChange {
        @Override
        public String type() {
            return "declaration-delay";
        }

        @Override
        public Plan applyTo(Plan plan) {
            return plan.withSettings(plan.settings().withDeclarationDelay(to));
        }

        @Override
        public List<String> services() {
            return List.of();
        }

        @Override
        public String describe(Plan plan) {
            return "Declare within " + Durations.format(to) + " (now " + Durations.format(from) + ")";
        }
    }

    /** Accept the achieved time as a tier's RTO target: a policy decision, never a fix. */
    record RelaxTarget(String tier, Duration from, Duration to) implements PlanChange {
        @Override
        public String type() {
            return "relax-target";
        }

        @Override
        public Plan applyTo(Plan plan) {
            TierPolicy policy = plan.tier(tier).orElseThrow();
            List<TierPolicy> tiers = plan.tiers().stream()
                    .map(t -> t.id().equals(tier) ? policy.withTargets(to, policy.rpoTarget()) : t).toList();
            return plan.withTiers(tiers);
        }

        @Override
        public List<String> services() {
            return List.of();
        }

        @Override
        public String describe(Plan plan) {
            return "Policy decision: accept an RTO of " + Durations.format(to) + " for " + tier + " (now "
                    + Durations.format(from) + ")";
        }

        @Override
        public boolean isPolicy() {
            return true;
        }
    }
}
