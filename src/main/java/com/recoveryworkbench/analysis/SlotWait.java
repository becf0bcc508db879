package com.recoveryworkbench.analysis;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Why a service started later than it could have: with limited restore capacity it was ready (every
 * hard dependency up, restores begun) but every restore slot was busy, and it {@code waited} until
 * one came free. {@code heldBy}: the ids of the services in the slots when it became ready and had to
 * wait, the first to finish first. {@code aheadByPriority}: how many more services took a slot that
 * came free while it waited, because the priority rule put them first. {@code message} says it in
 * words: "Waited 32m for a free restore slot: when it was ready, all 4 slots were busy with Legacy DB,
 * Auth, Search and Cache; 3 services ahead of it by priority took the slots that came free before its
 * turn".
 *
 * <p>Which ready service gets a free slot first is the scheduler's priority rule: the smaller RTO
 * target (its tier's unless it has its own; none last), then the longer remaining chain of hard
 * dependents (restore times summed along the longest path through the services waiting on it), then
 * the smaller id. That is why a service that became slower can start earlier: its longer chain moves
 * it ahead of others.
 */
public record SlotWait(Duration waited, List<String> heldBy, int aheadByPriority, String message) {
    public SlotWait {
        Objects.requireNonNull(waited, "waited");
        heldBy = List.copyOf(heldBy);
        Objects.requireNonNull(message, "message");
    }
}
