package com.recoveryworkbench.io.csv;

import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Reads a drill results sheet (CSV, one row per service, a header naming the columns {@code id},
 * {@code measured} or {@code start} and {@code end}, {@code data_loss}, {@code outcome}, {@code notes})
 * against the plan the drill tested. All or nothing, like {@link CsvPlanImporter}: every problem is
 * collected and reported together in a {@link CsvImportException}, each with its line, column and
 * column name, and no result is returned when there is one. Stateless and thread-safe.
 */
public final class DrillResultsImporter {

    /**
     * @param plan the plan the drill tested: ids must be its services, and each result records what it
     *             claims today
     * @param date the day of the drill: a timestamp given as a time only is on this day
     */
    public DrillImport importFile(Path csv, Plan plan, LocalDate date) throws CsvImportException {
        Path fileName = csv.getFileName();
        String source = fileName == null ? csv.toString() : fileName.toString();
        return importText(CsvText.decode(CsvPlanImporter.read(csv, source), source), source, plan, date);
    }

    /** Imports CSV text; {@code sourceName} names it in problems ("results.csv"). */
    public DrillImport importText(String text, String sourceName, Plan plan, LocalDate date)
            throws CsvImportException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(date, "date");
        ProblemLog log = new ProblemLog(Objects.requireNonNull(sourceName, "sourceName"));
        List<CsvRecord> records = CsvParser.parse(CsvText.withoutByteOrderMark(text), log);
        log.throwIfErrors();
        if (records.isEmpty()) {
            throw new CsvImportException(sourceName, List.of(new CsvProblem(sourceName, 0, 0, "",
                    "the file is empty; its first line must be a header naming the columns, at least id, outcome"
                            + " and measured")));
        }
        DrillRowReader rows = new DrillRowReader(DrillCsvHeader.read(records.get(0), log), log, plan, date);
        List<DrillResult> results = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            if (!record.isBlank()) {
                rows.read(record).ifPresent(results::add);
            }
        }
        log.throwIfErrors();
        if (results.isEmpty()) {
            throw new CsvImportException(sourceName, List.of(new CsvProblem(sourceName, 0, 0, "",
                    "the file has a header but no results; add one row per service the drill tested")));
        }
        results.sort(Comparator.comparing(DrillResult::service));
        return new DrillImport(results, log.warnings());
    }
}
