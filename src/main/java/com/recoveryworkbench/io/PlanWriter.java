package com.recoveryworkbench.io;

import com.recoveryworkbench.model.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes plan files ({@code .rplan.json}; the format is described in {@code docs/plan-format.md}).
 * The output depends on the plan only: the same plan always gives the same bytes, so a save that
 * changed nothing changes nothing in git. Stateless and thread-safe.
 */
public final class PlanWriter {
    private final AtomicFileWriter files;

    public PlanWriter() {
        this(new AtomicFileWriter());
    }

    PlanWriter(AtomicFileWriter files) {
        this.files = files;
    }

    /** The text of the plan file for {@code plan}, ending with a newline. */
    public String toJson(Plan plan) {
        return PlanJsonEncoder.encode(plan);
    }

    /**
     * Saves {@code plan} to {@code target} atomically: a temporary file beside the target is
     * written, forced to disk and moved over the target (a plain replace where the file system
     * cannot move atomically).
     *
     * <p>When {@code target} already holds a file, its content is first kept, also atomically, as
     * {@link #backupOf(Path) NAME.bak}, so the version before the last save can always be recovered.
     * The backup is taken before the new content is written: whenever the save fails or is cut short,
     * the target still holds the old content (and the backup equals it). A backup that cannot be
     * written does not stop the save, whose own atomicity does not depend on it; the old backup, if
     * any, is then left as it was, and the result says why the backup failed so the person can be told.
     *
     * @return the fingerprint of what was written and the backup problem, if any
     * @throws IOException naming the target and the step that failed; the old file is then untouched
     *                     and no temporary file is left behind
     */
    public SavedPlan save(Plan plan, Path target) throws IOException {
        Optional<String> backupProblem = keepBackup(target);
        byte[] bytes = toJson(plan).getBytes(StandardCharsets.UTF_8);
        files.write(bytes, target);
        return new SavedPlan(FileFingerprint.of(bytes), backupProblem);
    }

    /** Where {@link #save} keeps the previous version of {@code target}: the same name plus {@code .bak}. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    private Optional<String> keepBackup(Path target) {
        if (!Files.isRegularFile(target)) {
            return Optional.empty();
        }
        try {
            // Streamed: the previous version may be far larger than any plan (a --force over the wrong file).
            files.copy(target, backupOf(target));
            return Optional.empty();
        } catch (IOException e) {
            // Deliberately not fatal: refusing the save would leave the person's changes unsaved,
            // which loses more than a missing copy of the previous version.
            return Optional.of("The previous version could not be kept as " + backupOf(target).getFileName()
                    + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }
}
