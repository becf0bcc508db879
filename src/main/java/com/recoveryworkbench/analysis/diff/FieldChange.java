package com.recoveryworkbench.analysis.diff;

import java.util.Objects;

/**
 * One field that differs between two versions, in the words a person reads: {@code name},
 * {@code "Legacy DB"}, {@code "Legacy order DB"}. Durations are in the compact form of
 * {@link com.recoveryworkbench.model.Durations#format}. {@code before} or {@code after} is {@code null}
 * when that version does not set the field (no restore time, the tier's target, no owner).
 */
public record FieldChange(String field, String before, String after) {
    public FieldChange {
        Objects.requireNonNull(field, "field");
    }
}
