package com.recoveryworkbench.io.imports;

/**
 * A {@code <node>} as read: its id ({@code null} when missing, reported), where it starts, its label
 * from a {@code <data>} keyed label or name, yEd's first {@code y:NodeLabel}, and a tier from a
 * {@code <data>} keyed tier ({@code null} when not given). Mutable; owned by one {@link GraphMlReader}.
 */
final class GraphMlNode {
    final String id;
    final int line;
    final int column;
    String dataLabel;
    String yedLabel;
    String tier;

    GraphMlNode(String id, int line, int column) {
        this.id = id;
        this.line = line;
        this.column = column;
    }

    /** The plain label when there is one (our export writes it), else yEd's. */
    String label() {
        return dataLabel != null && !dataLabel.isBlank() ? dataLabel : yedLabel;
    }
}
