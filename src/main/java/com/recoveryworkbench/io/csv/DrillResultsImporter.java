package com.recoveryworkbench.io.csv;

import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.Problems;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Reads a drill results sheet (CSV, one row per service, a header naming the columns {@code id},
 * {@code measured} or {@code start} and {@code end}, {@code data_loss}, {@code outcome}, {@code notes})
 * against the plan the drill tested. All or nothing, like {@link CsvPlanImporter}: every problem is
 * collected and reported together in a {@link PlanFileException} ("Cannot import results.csv: …"),
 * each at its line, column and column name, and no result is returned when there is one. Reading the
 * file (size limit, strict UTF-8) is {@code ImportSource}'s job, as for every import. Stateless and
 * thread-safe.
 */
public final class DrillResultsImporter {
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /**
     * Imports CSV text; {@code sourceName} names it in problems ("results.csv"). A byte order mark
     * before the header is skipped.
     *
     * @param plan the plan the drill tested: ids must be its services, and each result records what it
     *             claims today
     * @param date the day of the drill: a timestamp given as a time only is on this day
     */
    public DrillImport importText(String text, String sourceName, Plan plan, LocalDate date)
            throws PlanFileException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(date, "date");
        Problems problems = Problems.ofImport(Objects.requireNonNull(sourceName, "sourceName"));
        String csv = text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
        List<CsvRecord> records = CsvParser.parse(csv, problems);
        problems.throwIfErrors();
        if (records.isEmpty()) {
            throw PlanFileException.cannotImport(sourceName, 0, 0, "the file is empty; its first line must be a"
                    + " header naming the columns, at least id, outcome and measured");
        }
        DrillRowReader rows = new DrillRowReader(DrillCsvHeader.read(records.get(0), problems), problems, plan, date);
        List<DrillResult> results = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            if (!record.isBlank()) {
                rows.read(record).ifPresent(results::add);
            }
        }
        problems.throwIfErrors();
        if (results.isEmpty()) {
            throw PlanFileException.cannotImport(sourceName, 0, 0,
                    "the file has a header but no results; add one row per service the drill tested");
        }
        results.sort(Comparator.comparing(DrillResult::service));
        return new DrillImport(results, problems.warnings());
    }
}
