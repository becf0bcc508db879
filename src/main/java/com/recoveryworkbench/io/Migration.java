package com.recoveryworkbench.io;

/**
 * One step that upgrades the JSON tree of a plan file from schema version {@link #from()} to
 * {@code from() + 1}. Works on the tree, before any model object exists, so it can rename, move and
 * convert fields freely; {@link MigrationChain} sets {@code schemaVersion} afterwards. Must be
 * stateless and must keep the locations of the values it carries over (see {@link JsonObject}), so
 * problems in a migrated file still point at the right line.
 */
interface Migration {

    /** The schema version this step reads. */
    int from();

    JsonObject apply(JsonObject plan);
}
