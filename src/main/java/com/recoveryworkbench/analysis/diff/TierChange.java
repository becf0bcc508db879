package com.recoveryworkbench.analysis.diff;

import java.util.List;

/** A tier policy in both versions whose fields differ. */
public record TierChange(String id, List<FieldChange> changes) {
    public TierChange {
        changes = List.copyOf(changes);
    }
}
