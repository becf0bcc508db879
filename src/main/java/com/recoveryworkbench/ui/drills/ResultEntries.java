package com.recoveryworkbench.ui.drills;

import com.recoveryworkbench.model.ClaimedRecovery;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What typing or pasting into the results grid does to a drill: each cell is entered in its
 * {@link ResultColumn}, row after row, and the drill changes only when every cell was accepted. A
 * result entered for a service records what the plan claims about it now. Stateless.
 */
final class ResultEntries {
    /** The drill after the entries, or the same drill and the problems that refused them, each located. */
    record Entered(Drill drill, List<String> problems) {
        Entered {
            problems = List.copyOf(problems);
        }

        boolean accepted() {
            return problems.isEmpty();
        }
    }

    private ResultEntries() {
    }

    /** Types {@code text} into one cell: the row of {@code service}, column {@code column}. */
    static Entered typeCell(Plan plan, Drill drill, String service, ResultColumn column, String text) {
        List<String> problems = new ArrayList<>();
        Map<String, DrillResult> results = resultsOf(drill);
        enter(plan, results, service, column, text, problems, plan.service(service).map(s -> s.name()).orElse(service)
                + ", " + column.title());
        return finish(drill, results, problems);
    }

    /**
     * Pastes tab-separated rows (a spreadsheet's clipboard) from a cell down and to the right: the first
     * pasted row into {@code rows.get(firstRow)}, its first cell into {@code firstColumn}, the next cells
     * into the columns after it.
     *
     * @param rows the services of the grid in the order it shows them
     */
    static Entered paste(Plan plan, Drill drill, List<String> rows, int firstRow, ResultColumn firstColumn,
                         String clipboard) {
        List<String> lines = lines(clipboard);
        List<String> problems = new ArrayList<>();
        Map<String, DrillResult> results = resultsOf(drill);
        ResultColumn[] columns = ResultColumn.values();
        int available = columns.length - firstColumn.ordinal();
        for (int i = 0; i < lines.size(); i++) {
            String where = "Pasted row " + (i + 1);
            int row = firstRow + i;
            if (row >= rows.size()) {
                problems.add(where + ": the grid has no row for it (" + rows.size() + " services; pasted from row "
                        + (firstRow + 1) + ")");
                continue;
            }
            String service = rows.get(row);
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length > available) {
                problems.add(where + " has " + cells.length + " cells, but only " + available + " columns ("
                        + String.join(", ", Arrays.stream(columns, firstColumn.ordinal(), columns.length)
                                .map(ResultColumn::title).toList()) + ") take them from " + firstColumn.title() + " on");
                continue;
            }
            String name = plan.service(service).map(s -> s.name()).orElse(service);
            for (int c = 0; c < cells.length; c++) {
                ResultColumn column = columns[firstColumn.ordinal() + c];
                enter(plan, results, service, column, cells[c], problems, where + " (" + name + "), " + column.title());
            }
        }
        if (lines.isEmpty()) {
            problems.add("The clipboard holds no text to paste");
        }
        return finish(drill, results, problems);
    }

    /** The clipboard's lines, without the line break a spreadsheet puts after the last one. */
    private static List<String> lines(String clipboard) {
        List<String> lines = new ArrayList<>(Arrays.asList((clipboard == null ? "" : clipboard).split("\r\n|\n|\r", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static void enter(Plan plan, Map<String, DrillResult> results, String service, ResultColumn column,
                              String text, List<String> problems, String where) {
        try {
            DrillResult entered = column.enter(service, results.get(service), text, ClaimedRecovery.of(plan, service));
            if (entered == null) {
                results.remove(service);
            } else {
                results.put(service, entered);
            }
        } catch (IllegalArgumentException refused) {
            problems.add(where + ": " + refused.getMessage());
        }
    }

    private static Map<String, DrillResult> resultsOf(Drill drill) {
        Map<String, DrillResult> results = new TreeMap<>();
        drill.results().forEach(r -> results.put(r.service(), r));
        return results;
    }

    private static Entered finish(Drill drill, Map<String, DrillResult> results, List<String> problems) {
        if (!problems.isEmpty()) {
            return new Entered(drill, problems);
        }
        return new Entered(new Drill(drill.id(), drill.date(), drill.name(), drill.scenario(), drill.notes(),
                new ArrayList<>(results.values())), problems);
    }
}
