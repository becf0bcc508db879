package com.recoveryworkbench.io.csv;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.Settings;
import com.recoveryworkbench.model.TierPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a service inventory kept in a spreadsheet (CSV, one row per service, a header naming the
 * columns) into a new plan with the default tiers and settings, laid out by {@link WaveColumnsLayout}.
 *
 * <p>All or nothing: every problem in the file is collected and reported together in a
 * {@link CsvImportException}, and no plan is made when there is one. Only CSV syntax errors (an
 * unterminated quote, text after a closing quote) are reported before the rows are checked. The same text always gives an
 * equal plan. Stateless and safe to use from any thread; arguments must not be {@code null}.
 */
public final class CsvPlanImporter {
    /** Larger files are refused before they are read: an inventory of that size is not a spreadsheet. */
    public static final long MAX_FILE_BYTES = 20 * 1024 * 1024;

    /** Reads the file as UTF-8 (with or without a byte order mark); problems name it by its file name. */
    public CsvImport importFile(Path csv, String planName) throws CsvImportException {
        Path fileName = csv.getFileName();
        String source = fileName == null ? csv.toString() : fileName.toString();
        return importText(CsvText.decode(read(csv, source), source), source, planName);
    }

    /**
     * Imports CSV text; {@code sourceName} names it in problems ("inventory.csv"), {@code planName}
     * becomes the plan's name.
     */
    public CsvImport importText(String text, String sourceName, String planName) throws CsvImportException {
        Objects.requireNonNull(planName, "planName");
        ProblemLog log = new ProblemLog(Objects.requireNonNull(sourceName, "sourceName"));
        List<CsvRecord> records = CsvParser.parse(CsvText.withoutByteOrderMark(text), log);
        // Cells of a file that is not well-formed CSV may sit in the wrong columns: report the syntax alone.
        log.throwIfErrors();
        if (records.isEmpty()) {
            throw new CsvImportException(sourceName, List.of(new CsvProblem(sourceName, 0, 0, "",
                    "the file is empty; its first line must be a header naming the columns, at least id")));
        }
        CsvHeader header = CsvHeader.read(records.get(0), log);
        List<ServiceRow> rows = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            if (!record.isBlank()) {
                ServiceRowReader.read(new CsvRow(record, header, log)).ifPresent(rows::add);
            }
        }
        List<Dependency> dependencies = DependencyChecks.resolve(rows);
        log.throwIfErrors();
        List<Service> services = rows.stream().map(ServiceRow::service).toList();
        Map<String, Position> positions = WaveColumnsLayout.positions(services, dependencies);
        Plan plan = new Plan(planName, "", Settings.DEFAULT, TierPolicy.defaults(),
                services.stream().map(s -> s.withPosition(positions.get(s.id()))).toList(), dependencies);
        return new CsvImport(plan, log.warnings());
    }

    /** The bytes of {@code csv}, refused before reading when larger than {@link #MAX_FILE_BYTES}. */
    static byte[] read(Path csv, String source) throws CsvImportException {
        try {
            if (Files.size(csv) > MAX_FILE_BYTES) {
                throw tooLarge(source);
            }
            // The size can lie (a device, a file still being written): never hold more than the limit.
            try (InputStream in = Files.newInputStream(csv)) {
                byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
                if (bytes.length > MAX_FILE_BYTES) {
                    throw tooLarge(source);
                }
                return bytes;
            }
        } catch (IOException e) {
            String reason = e instanceof NoSuchFileException ? "no such file" : e.getMessage();
            throw new CsvImportException(source, List.of(new CsvProblem(source, 0, 0, "",
                    "cannot read the file: " + reason)), e);
        }
    }

    private static CsvImportException tooLarge(String source) {
        return new CsvImportException(source, List.of(new CsvProblem(source, 0, 0, "",
                "the file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB, the most a CSV import reads")));
    }
}
