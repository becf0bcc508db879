package com.recoveryworkbench.io;

import com.recoveryworkbench.model.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

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
     * @throws IOException naming the target and the step that failed; the old file is then untouched
     *                     and no temporary file is left behind
     */
    public void save(Plan plan, Path target) throws IOException {
        files.write(toJson(plan).getBytes(StandardCharsets.UTF_8), target);
    }
}
