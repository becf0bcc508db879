package com.recoveryworkbench.io.imports;

import com.recoveryworkbench.io.Imported;
import com.recoveryworkbench.io.PlanFileException;

/**
 * Imports a Graphviz DOT graph: each node becomes a service (its id made a valid service id by
 * {@link NodeIds}, the first line of its label its name), each edge {@code a -> b} a hard dependency
 * of {@code a} on {@code b}, the direction our own DOT export writes, so exporting and importing
 * again gives the same services and dependencies. A dashed or dotted edge becomes a soft dependency,
 * as the export draws soft ones. Parsed by a small hand-written parser (see
 * {@code docs/adr/0007-import-parsers.md}). Stateless and thread-safe.
 */
final class DotImporter {
    private DotImporter() {
    }

    static Imported importText(String text, String source, String planName) throws PlanFileException {
        GraphDraft draft = new GraphDraft(source);
        new DotParser(text, draft).parse();
        return draft.build(planName);
    }
}
