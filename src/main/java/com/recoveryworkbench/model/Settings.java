package com.recoveryworkbench.model;

import java.time.Duration;
import java.util.Objects;

/**
 * Plan-wide recovery settings. {@code declarationDelay}: time from the outage until restores begin.
 * {@code restoreCapacity}: how many restores may run at once ({@link #UNLIMITED} = no limit).
 */
public record Settings(Duration declarationDelay, int restoreCapacity) {

    public static final int UNLIMITED = 0;
    public static final Settings DEFAULT = new Settings(Duration.ZERO, UNLIMITED);

    public Settings {
        Objects.requireNonNull(declarationDelay, "declarationDelay");
        Durations.requireValid(declarationDelay, "declaration delay");
        if (restoreCapacity < 0) {
            throw new IllegalArgumentException("restore capacity must be 0 (unlimited) or more, was " + restoreCapacity);
        }
    }

    public boolean capacityLimited() {
        return restoreCapacity != UNLIMITED;
    }

    public Settings withDeclarationDelay(Duration delay) {
        return new Settings(delay, restoreCapacity);
    }

    public Settings withRestoreCapacity(int capacity) {
        return new Settings(declarationDelay, capacity);
    }
}
