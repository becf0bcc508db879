package com.recoveryworkbench.io;

/** The identity of the plan file format, shared by reader and writer. */
final class PlanFormat {
    /** The value of the first key, {@code format}: it tells a plan from any other JSON file. */
    static final String FORMAT = "recovery-workbench-plan";

    /**
     * The schema version this program writes and the newest it reads. Raising it means adding a
     * {@link Migration} from the previous version to {@link MigrationChain#standard()}.
     */
    static final int SCHEMA_VERSION = 2;

    private PlanFormat() {
    }
}
