package com.recoveryworkbench.io;

import java.util.Objects;
import java.util.Optional;

/**
 * What a save did: the fingerprint of the file as written (to notice later whether another program
 * changed it) and, when the previous version could not be kept as {@code NAME.bak}, why not. The save
 * itself succeeded either way.
 */
public record SavedPlan(FileFingerprint written, Optional<String> backupProblem) {

    public SavedPlan {
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(backupProblem, "backupProblem");
    }
}
