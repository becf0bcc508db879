package com.recoveryworkbench.analysis.diff;

import java.util.List;

/** A service in both versions whose fields differ; {@code name} is its name in the newer version. */
public record ServiceChange(String id, String name, List<FieldChange> changes) {
    public ServiceChange {
        changes = List.copyOf(changes);
    }
}
