package com.recoveryworkbench.io.csv;

import static com.recoveryworkbench.io.csv.CsvColumn.DEPENDS_ON;
import static com.recoveryworkbench.io.csv.CsvColumn.ID;
import static com.recoveryworkbench.io.csv.CsvColumn.SOFT_DEPENDS_ON;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.DependencyType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks what only the whole file can tell: ids are unique, and every dependency names a row.
 * A plan file may keep a dangling dependency for the analysis to report, but an inventory is the
 * whole picture, so here a dependency on a missing row is a typo to fix before importing. A row that
 * depends on itself is kept with a warning, as a plan file keeps it: check reports the cycle.
 */
final class DependencyChecks {
    private DependencyChecks() {
    }

    /** The dependencies the rows declare, in row order; problems go to each row's log. */
    static List<Dependency> resolve(List<ServiceRow> rows) {
        Map<String, ServiceRow> byId = new HashMap<>();
        for (ServiceRow row : rows) {
            ServiceRow first = byId.putIfAbsent(row.id(), row);
            if (first != null) {
                row.row().error(ID, "id '" + row.id() + "' is already used on line " + first.row().line()
                        + "; every row needs its own id");
            }
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (ServiceRow row : rows) {
            for (String to : row.hardDependencies()) {
                check(row, to, DEPENDS_ON, byId);
                dependencies.add(Dependency.hard(row.id(), to));
            }
            for (String to : row.softDependencies()) {
                if (row.hardDependencies().contains(to)) {
                    row.row().error(SOFT_DEPENDS_ON, "'" + to + "' is in both depends_on and soft_depends_on;"
                            + " a dependency is either hard or soft");
                } else {
                    check(row, to, SOFT_DEPENDS_ON, byId);
                }
                dependencies.add(new Dependency(row.id(), to, DependencyType.SOFT));
            }
        }
        return dependencies;
    }

    private static void check(ServiceRow row, String to, CsvColumn column, Map<String, ServiceRow> byId) {
        if (to.equals(row.id())) {
            // Real inventories have such rows (a monitoring server scraping itself). The plan keeps the
            // dependency as a plan file would, and the analysis judges it; refusing the file would lose it.
            row.row().warning(column, column.header() + " names the service itself ('" + to + "'); "
                    + (column == SOFT_DEPENDS_ON ? "the dependency is kept and changes nothing in the recovery"
                    : "the dependency is kept, and check reports it as a cycle of one service"));
        } else if (!byId.containsKey(to)) {
            row.row().error(column, column.header() + " names '" + to + "', which no row defines");
        }
    }
}
