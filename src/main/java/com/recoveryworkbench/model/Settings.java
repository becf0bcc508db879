package com.recoveryworkbench.model;

import java.time.Duration;
import java.util.Objects;

/**
 * Plan-wide recovery settings. {@code declarationDelay}: time from the outage until restores begin.
 * {@code restoreCapacity}: how many restores may run at once ({@link #UNLIMITED} = no limit).
 * {@code currency}: what the costs of downtime are counted in ("EUR", "$"; empty when not set, never
 * {@code null}). {@code horizon}: how long a service that is never restored (blocked) counts as down
 * when its downtime is costed ({@link #DEFAULT_HORIZON} unless set).
 */
public record Settings(Duration declarationDelay, int restoreCapacity, String currency, Duration horizon) {

    public static final int UNLIMITED = 0;
    /** Seven days: how long a blocked service counts as down unless the plan says otherwise. */
    public static final Duration DEFAULT_HORIZON = Duration.ofDays(7);
    public static final Settings DEFAULT = new Settings(Duration.ZERO, UNLIMITED);

    public Settings {
        Objects.requireNonNull(declarationDelay, "declarationDelay");
        Durations.requireValid(declarationDelay, "declaration delay");
        if (restoreCapacity < 0) {
            throw new IllegalArgumentException("restore capacity must be 0 (unlimited) or more, was " + restoreCapacity);
        }
        currency = currency == null ? "" : currency.strip();
        horizon = horizon == null ? DEFAULT_HORIZON : horizon;
        Durations.requireValid(horizon, "horizon");
        if (horizon.isZero()) {
            throw new IllegalArgumentException("horizon must be longer than zero");
        }
    }

    /** No currency and the default horizon. */
    public Settings(Duration declarationDelay, int restoreCapacity) {
        this(declarationDelay, restoreCapacity, "", DEFAULT_HORIZON);
    }

    public boolean capacityLimited() {
        return restoreCapacity != UNLIMITED;
    }

    public Settings withDeclarationDelay(Duration delay) {
        return new Settings(delay, restoreCapacity, currency, horizon);
    }

    public Settings withRestoreCapacity(int capacity) {
        return new Settings(declarationDelay, capacity, currency, horizon);
    }

    public Settings withCurrency(String newCurrency) {
        return new Settings(declarationDelay, restoreCapacity, newCurrency, horizon);
    }

    public Settings withHorizon(Duration newHorizon) {
        return new Settings(declarationDelay, restoreCapacity, currency, newHorizon);
    }
}
