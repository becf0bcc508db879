package com.recoveryworkbench.analysis;

import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Service;

import java.time.Duration;
import java.util.List;

/** The sentences of the findings. Services are named by their names; ids appear only for what the plan lacks. */
final class FindingSentences {
    private static final String ARROW = " → ";

    private FindingSentences() {
    }

    static String unknownDependency(Dependency d, Service from, Service to) {
        if (from != null) {
            return from.name() + " depends on '" + d.to() + "', which is not in the plan; the dependency is ignored.";
        }
        if (to != null) {
            return "'" + d.from() + "', which is not in the plan, depends on " + to.name()
                    + "; the dependency is ignored.";
        }
        return "'" + d.from() + "' depends on '" + d.to() + "', neither of which is in the plan; the dependency is ignored.";
    }

    static String unknownTier(Service s, boolean hasRtoTarget) {
        return s.name() + " is in tier '" + s.tier() + "', which the plan does not define: "
                + (hasRtoTarget ? "only its own targets apply." : "it has no RTO target, so its verdict stays open.");
    }

    static String missingRestoreTime(Service s) {
        return s.name() + " has no restore time. It is counted as 0s, so its up time and those of the services"
                + " that depend on it may be optimistic.";
    }

    static String missingFailoverTime(Service s) {
        return s.name() + " fails over to " + s.standbyRegion() + " but has no failover time. It is counted as 0s,"
                + " so its up time and those of the services that depend on it may be optimistic.";
    }

    /**
     * "Orders DB is protected only by asynchronous replication, which copies the corruption to every copy:
     * all its data can be lost, target 15m".
     */
    static String corruptionUnprotected(Service s, Duration target) {
        String method = s.protection().method() == com.recoveryworkbench.model.ProtectionMethod.SYNC_REPLICATION
                ? "synchronous" : "asynchronous";
        return s.name() + " is protected only by " + method + " replication, which copies the corruption to every"
                + " copy: all its data can be lost" + (target == null ? "" : ", target " + Durations.format(target));
    }

    /**
     * "Cycle: Auth → Session store → Auth. These services cannot be restored as drawn; also blocked
     * because they depend on it: Checkout, Storefront."
     */
    static String cycle(List<String> loop, List<String> otherMembers, List<String> blockedDependents) {
        StringBuilder out = new StringBuilder("Cycle: ").append(String.join(ARROW, loop));
        if (!otherMembers.isEmpty()) {
            out.append(" (also caught in it: ").append(String.join(", ", otherMembers)).append(')');
        }
        boolean alone = loop.size() == 2 && otherMembers.isEmpty();
        out.append(alone ? ". This service cannot" : ". These services cannot").append(" be restored as drawn");
        if (!blockedDependents.isEmpty()) {
            out.append("; also blocked because they depend on it: ").append(String.join(", ", blockedDependents));
        }
        return out.append('.').toString();
    }

    /** One step of a chain: "Legacy DB 40m", "Orders DB failover 2m", "Checkout (waits)". */
    static String step(Service s, ServiceState state) {
        return switch (state) {
            case RESTORED -> s.name() + " "
                    + (s.restoreTime() == null ? "(no restore time)" : Durations.format(s.restoreTime()));
            case FAILED_OVER -> s.name() + " "
                    + (s.failoverTime() == null ? "(no failover time)" : "failover " + Durations.format(s.failoverTime()));
            case WAITING, UNAFFECTED -> s.name() + " (waits)";
        };
    }

    /** Stands for the middle of a long chain: "(24 more steps, 9h12m)". */
    static String hiddenSteps(int count, Duration restoreTime) {
        return "(" + count + " more steps, " + Durations.format(restoreTime) + ")";
    }

    /**
     * "Checkout is up at 52m, target 20m: declaration 10m → Legacy DB 40m → Auth 4m → Checkout 8m",
     * from the {@link #step} of each service on the chain (or {@link #hiddenSteps} for some of them).
     * When services on the chain have no restore time ({@code unknown}, their names), the up time is
     * a floor: "Checkout is up after at least 48m, target 20m: … ; no restore time for Auth, so it can
     * only be later".
     */
    static String rtoMiss(Service s, Duration up, Duration target, Duration declarationDelay, List<String> steps,
                          Duration waited, List<String> unknown) {
        int length = 100 + s.name().length();
        for (String step : steps) {
            length += step.length() + ARROW.length();
        }
        // Sized once: a chain can run to dozens of steps, and regrowing the buffer dominated the cost.
        StringBuilder out = new StringBuilder(length)
                .append(s.name()).append(unknown.isEmpty() ? " is up at " : " is up after at least ")
                .append(Durations.format(up))
                .append(", target ").append(Durations.format(target)).append(": ");
        if (!declarationDelay.isZero()) {
            out.append("declaration ").append(Durations.format(declarationDelay)).append(ARROW);
        }
        for (int k = 0; k < steps.size(); k++) {
            out.append(k == 0 ? "" : ARROW).append(steps.get(k));
        }
        if (!waited.isZero()) {
            out.append("; waited ").append(Durations.format(waited)).append(" for a free restore slot");
        }
        if (!unknown.isEmpty()) {
            out.append("; no restore time for ").append(names(unknown)).append(", so it can only be later");
        }
        return out.toString();
    }

    /**
     * "Waited 32m for a free restore slot: when it was ready, all 4 slots were busy with Legacy DB, Auth,
     * Search and Cache; 3 services ahead of it by priority took the slots that came free before its turn".
     */
    static String slotWait(Duration waited, List<String> holders, int ahead) {
        String slots = switch (holders.size()) {
            case 1 -> "the only slot was busy with ";
            case 2 -> "both slots were busy with ";
            default -> "all " + holders.size() + " slots were busy with ";
        };
        String text = "Waited " + Durations.format(waited) + " for a free restore slot: when it was ready, " + slots
                + names(holders);
        if (ahead == 0) {
            return text;
        }
        return text + "; " + (ahead == 1 ? "1 service" : ahead + " services") + " ahead of it by priority took the"
                + (ahead == 1 ? " slot that came" : " slots that came") + " free before its turn";
    }

    /** "Auth", "Auth and Cache", "Auth, Cache and Checkout". */
    private static String names(List<String> names) {
        int last = names.size() - 1;
        return last == 0 ? names.get(0) : String.join(", ", names.subList(0, last)) + " and " + names.get(last);
    }

    /**
     * "Orders DB can lose up to 1h10m of data (backup every 1h, 10m to complete), target 15m" or
     * "Orders DB can lose all data since its last copy: no data protection, target 15m".
     */
    static String rpoMiss(Service s, RpoEstimate estimate, Duration target) {
        String loss = estimate instanceof RpoEstimate.Bounded bounded
                ? " can lose up to " + Durations.format(bounded.loss()) + " of data (" + protection(s.protection()) + ")"
                : " can lose all data since its last copy: " + protection(s.protection());
        return s.name() + loss + ", target " + Durations.format(target);
    }

    private static String protection(DataProtection p) {
        return switch (p.method()) {
            case NONE -> "no data protection";
            case BACKUP, SNAPSHOT -> periodicCopy(p);
            case ASYNC_REPLICATION -> p.interval() == null ? "asynchronous replication with an unknown lag"
                    : "asynchronous replication, lag " + Durations.format(p.interval());
            case SYNC_REPLICATION -> "synchronous replication";
        };
    }

    private static String periodicCopy(DataProtection p) {
        String method = p.method().code();
        if (p.interval() == null) {
            return method + " with an unknown interval";
        }
        String every = method + " every " + Durations.format(p.interval());
        return p.transfer() == null ? every : every + ", " + Durations.format(p.transfer()) + " to complete";
    }

    /**
     * "Checkout (RTO 20m) hard-depends on Reporting DB (RTO 4h): its target lets it come back after Checkout
     * must be up". Targets may come from overrides, so the sentence speaks of targets, not tiers.
     */
    static String tierInversion(Service dependent, Duration dependentRto, Service dependency, Duration dependencyRto) {
        return dependent.name() + " (RTO " + Durations.format(dependentRto) + ") hard-depends on " + dependency.name()
                + " (RTO " + Durations.format(dependencyRto) + "): its target lets it come back after "
                + dependent.name() + " must be up";
    }
}
