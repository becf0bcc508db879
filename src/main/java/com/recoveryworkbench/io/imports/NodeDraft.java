package com.recoveryworkbench.io.imports;

import com.recoveryworkbench.model.ServiceKind;

/**
 * What a file says about one service while it is being read: the key it is known by in the file
 * (a node id, a Backstage entity reference), the id it would like, where it was first seen, and the
 * facts given so far ({@code null} when not given). Mutable; owned by one {@link GraphDraft}.
 */
final class NodeDraft {
    final String key;
    final String idCandidate;
    final int line;
    final int column;
    String name;
    /** The name when {@link #name} is not given: the id as the file wrote it; not carried into a merge. */
    final String defaultName;
    ServiceKind kind;
    /** The kind when {@link #kind} is not given; not carried into a merge. */
    ServiceKind defaultKind = ServiceKind.APPLICATION;
    String owner;
    String tier;

    NodeDraft(String key, String idCandidate, int line, int column) {
        this.key = key;
        this.idCandidate = idCandidate;
        this.line = line;
        this.column = column;
        this.defaultName = idCandidate;
    }
}
