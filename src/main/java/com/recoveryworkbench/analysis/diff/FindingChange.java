package com.recoveryworkbench.analysis.diff;

import com.recoveryworkbench.analysis.Finding;
import java.util.Objects;

/**
 * A finding both versions have, about the same subject ({@link FindingSubject}), whose message differs:
 * a miss that is still a miss with other figures. {@code summary} says what changed in the words a
 * person reads: "Checkout API still misses its RTO: up 1h5m → 35m, target 15m".
 */
public record FindingChange(Finding before, Finding after, String summary) {
    public FindingChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(summary, "summary");
    }
}
