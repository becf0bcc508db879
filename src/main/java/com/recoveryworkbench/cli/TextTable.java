package com.recoveryworkbench.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Columns of text padded to a common width, with heading lines between the rows that the columns
 * ignore, so a report lines up in a terminal. Widths count characters, which is what a monospaced
 * terminal shows for the names and durations of a plan. Not thread-safe; build, then {@link #render}.
 */
final class TextTable {
    /** How a column lines up; durations read best right-aligned. */
    enum Align { LEFT, RIGHT }

    private static final String GAP = "  ";

    /** Either a heading ({@code cells == null}) or a row of cells. */
    private record Line(String heading, String[] cells) {
    }

    private final String indent;
    private final Align[] aligns;
    private final List<Line> lines = new ArrayList<>();

    /** {@code indent} starts every row; one {@code Align} per column. */
    TextTable(String indent, Align... aligns) {
        this.indent = indent;
        this.aligns = aligns.clone();
    }

    void row(String... cells) {
        if (cells.length != aligns.length) {
            throw new IllegalArgumentException("expected " + aligns.length + " cells, got " + cells.length);
        }
        lines.add(new Line(null, cells.clone()));
    }

    /** A line printed as it is, between rows, without the indentation. */
    void heading(String text) {
        lines.add(new Line(text, null));
    }

    /** Every line ends with '\n'; rows carry no trailing spaces. */
    String render() {
        int[] widths = new int[aligns.length];
        for (Line line : lines) {
            for (int c = 0; line.cells() != null && c < widths.length; c++) {
                widths[c] = Math.max(widths[c], line.cells()[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            if (line.cells() == null) {
                out.append(line.heading()).append('\n');
                continue;
            }
            StringBuilder row = new StringBuilder(indent);
            for (int c = 0; c < widths.length; c++) {
                String cell = line.cells()[c];
                String pad = " ".repeat(widths[c] - cell.length());
                row.append(c == 0 ? "" : GAP).append(aligns[c] == Align.RIGHT ? pad + cell : cell + pad);
            }
            out.append(row.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
