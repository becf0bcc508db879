package com.recoveryworkbench.io.csv;

import com.recoveryworkbench.io.Imported;
import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.Problems;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceField;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a service inventory kept in a spreadsheet (CSV, one row per service, a header naming the
 * columns, see {@code docs/csv-format.md}) into a new plan with the default tiers and settings, laid
 * out by {@link WaveColumnsLayout}. Reading the file (size limit, strict UTF-8) is
 * {@code ImportFormat.CSV}'s job, as for every import.
 *
 * <p>All or nothing: every problem in the text is collected and reported together in a
 * {@link PlanFileException}, and no plan is made when there is one. Only CSV syntax errors (an
 * unterminated quote, text after a closing quote) are reported before the rows are checked. The same
 * text always gives an equal plan. Stateless and safe to use from any thread; arguments must not be
 * {@code null}.
 */
public final class CsvPlanImporter {
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /**
     * Imports CSV text; {@code sourceName} names it in problems ("inventory.csv"), {@code planName}
     * becomes the plan's name. A byte order mark before the header is skipped.
     */
    public Imported importText(String text, String sourceName, String planName) throws PlanFileException {
        Objects.requireNonNull(planName, "planName");
        Problems problems = Problems.ofImport(Objects.requireNonNull(sourceName, "sourceName"));
        // Spreadsheets put a byte order mark before "CSV UTF-8"; it is not part of the first column's name.
        String csv = text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
        List<CsvRecord> records = CsvParser.parse(csv, problems);
        // Cells of a file that is not well-formed CSV may sit in the wrong columns: report the syntax alone.
        problems.throwIfErrors();
        if (records.isEmpty()) {
            throw PlanFileException.cannotImport(sourceName, 0, 0,
                    "the file is empty; its first line must be a header naming the columns, at least id");
        }
        CsvHeader header = CsvHeader.read(records.get(0), problems);
        List<ServiceRow> rows = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            if (!record.isBlank()) {
                ServiceRowReader.read(new CsvRow(record, header, problems)).ifPresent(rows::add);
            }
        }
        List<Dependency> dependencies = DependencyChecks.resolve(rows);
        problems.throwIfErrors();
        List<Service> services = rows.stream().map(ServiceRow::service).toList();
        Map<String, Position> positions = WaveColumnsLayout.positions(services, dependencies);
        Plan plan = new Plan(planName, "", Settings.DEFAULT, TierPolicy.defaults(),
                services.stream().map(s -> s.withPosition(positions.get(s.id()))).toList(), dependencies);
        Map<String, Set<ServiceField>> given = new LinkedHashMap<>();
        services.forEach(s -> given.put(s.id(), GivenFields.of(s, header)));
        return new Imported(plan, problems.warnings(), given);
    }
}
