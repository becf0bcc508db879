package com.recoveryworkbench.analysis;

import java.util.Locale;

/** The one-word verdict for a service, which the canvas turns into a colour and an icon. */
public enum Verdict {
    /** Up in time with more than 20% of its RTO target to spare, and its RPO met or not applicable. */
    MEETS,
    /** Meets its targets, but with 20% or less of its RTO target to spare. */
    AT_RISK,
    /** Misses its RTO or RPO target. */
    MISSED,
    /** In a cycle, or depends on one: it cannot be restored as drawn. */
    BLOCKED,
    /** Missing data (restore or failover time, tier or targets) keeps the verdict open. */
    INCOMPLETE,
    /** The scenario leaves it running: nothing it hard-depends on is lost, and it needs no action. */
    UNAFFECTED;

    /** The word used in reports and JSON ("at-risk"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
