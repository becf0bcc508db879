package com.recoveryworkbench.io.imports;

/** An {@code <edge>} as read: source depends on target, soft when its type data says so. Immutable. */
record GraphMlEdge(String source, String target, int line, int column, boolean soft) {

    GraphMlEdge(String source, String target, int line, int column) {
        this(source, target, line, column, false);
    }

    GraphMlEdge withSoft(boolean newSoft) {
        return new GraphMlEdge(source, target, line, column, newSoft);
    }
}
