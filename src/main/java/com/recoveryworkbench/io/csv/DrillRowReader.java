package com.recoveryworkbench.io.csv;

import com.recoveryworkbench.io.Problems;
import com.recoveryworkbench.model.ClaimedRecovery;
import com.recoveryworkbench.model.DrillOutcome;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.model.Plan;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the rows of a drill results sheet against a plan: each row one service's result, every bad
 * cell reported at its line, column and column name. The plan's claims of the day are recorded with
 * each result. One instance per import; not thread-safe.
 */
final class DrillRowReader {
    private final DrillCsvHeader header;
    private final Problems log;
    private final Plan plan;
    private final LocalDate date;
    private final Map<String, Integer> lineOfService = new HashMap<>();
    private boolean rowHasError;

    DrillRowReader(DrillCsvHeader header, Problems log, Plan plan, LocalDate date) {
        this.header = header;
        this.log = log;
        this.plan = plan;
        this.date = date;
    }

    /** The row's result, or empty when the row has an error (reported). */
    Optional<DrillResult> read(CsvRecord record) {
        rowHasError = false;
        if (record.cells().size() > header.width()) {
            rowHasError = true;
            log.error(record.line(), header.width() + 1, "", "this row has " + record.cells().size()
                    + " cells but the header names " + header.width() + " columns; quote a cell that contains a comma");
        }
        String id = service(record);
        DrillOutcome outcome = outcome(record);
        Duration measured = measured(record, outcome);
        Duration dataLoss = duration(record, DrillColumn.DATA_LOSS);
        String notes = cell(record, DrillColumn.NOTES);
        if (rowHasError) {
            return Optional.empty();
        }
        return Optional.of(new DrillResult(id, measured, dataLoss, outcome, ClaimedRecovery.of(plan, id), notes));
    }

    private String service(CsvRecord record) {
        String id = cell(record, DrillColumn.ID);
        if (id.isEmpty()) {
            error(record, DrillColumn.ID, "the id is empty; name the service the result is for");
        } else if (!plan.hasService(id)) {
            error(record, DrillColumn.ID, "'" + id + "' is not a service of the plan \"" + plan.name() + "\"");
        } else {
            Integer first = lineOfService.putIfAbsent(id, record.line());
            if (first != null) {
                error(record, DrillColumn.ID, "'" + id + "' has a result on line " + first
                        + " already; a drill has one result per service");
            }
        }
        return id;
    }

    private DrillOutcome outcome(CsvRecord record) {
        String text = cell(record, DrillColumn.OUTCOME);
        try {
            return DrillOutcome.fromCode(text);
        } catch (IllegalArgumentException e) {
            error(record, DrillColumn.OUTCOME, text.isEmpty() ? "the outcome is empty; write recovered, partial or"
                    + " failed" : e.getMessage());
            return null;
        }
    }

    private Duration measured(CsvRecord record, DrillOutcome outcome) {
        String start = cell(record, DrillColumn.START);
        String end = cell(record, DrillColumn.END);
        Duration measured = duration(record, DrillColumn.MEASURED);
        if (measured != null && (!start.isEmpty() || !end.isEmpty())) {
            error(record, DrillColumn.MEASURED, "give the measured time or start and end, not both");
            return null;
        }
        if (measured == null && (!start.isEmpty() || !end.isEmpty())) {
            measured = fromStartAndEnd(record, start, end);
        }
        if (measured != null && measured.isZero()) {
            error(record, DrillColumn.MEASURED, "the measured time must be more than zero");
        } else if (measured == null && outcome != null && outcome != DrillOutcome.FAILED
                && cell(record, DrillColumn.MEASURED).isEmpty() && start.isEmpty() && end.isEmpty()) {
            error(record, DrillColumn.MEASURED, "a " + outcome.code() + " result needs its measured time (55m, 1h7m)"
                    + " or its start and end; only a failed one may leave it out");
        }
        return measured;
    }

    private Duration fromStartAndEnd(CsvRecord record, String start, String end) {
        Optional<DrillTimestamps.Moment> from = moment(record, DrillColumn.START, start);
        Optional<DrillTimestamps.Moment> to = moment(record, DrillColumn.END, end);
        if (from.isEmpty() || to.isEmpty()) {
            return null;
        }
        Optional<Duration> between = DrillTimestamps.between(from.get(), to.get());
        if (between.isEmpty()) {
            error(record, DrillColumn.END, "start and end must both have a zone offset (+02:00, Z) or neither");
            return null;
        }
        if (between.get().isNegative() || between.get().compareTo(Durations.MAX) > 0) {
            error(record, DrillColumn.END, "'" + end + "' is not after '" + start + "' by at most "
                    + Durations.MAX.toDays() + " days; write the full date when a restore ran past midnight");
            return null;
        }
        return between.get();
    }

    private Optional<DrillTimestamps.Moment> moment(CsvRecord record, DrillColumn column, String text) {
        if (text.isEmpty()) {
            error(record, column, "the " + column.header() + " is empty; give both start and end, or the measured"
                    + " time");
            return Optional.empty();
        }
        Optional<DrillTimestamps.Moment> moment = DrillTimestamps.parse(text, date);
        if (moment.isEmpty()) {
            error(record, column, "'" + text + "' is not a timestamp such as 2026-10-03T09:12:00, 2026-10-03 09:12"
                    + " or 09:12");
        }
        return moment;
    }

    private Duration duration(CsvRecord record, DrillColumn column) {
        String text = cell(record, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            error(record, column, e.getMessage());
            return null;
        }
    }

    private String cell(CsvRecord record, DrillColumn column) {
        int index = header.index(column);
        return index == 0 || index > record.cells().size() ? "" : record.cells().get(index - 1).strip();
    }

    private void error(CsvRecord record, DrillColumn column, String message) {
        rowHasError = true;
        log.error(record.line(), header.index(column), column.header(), message);
    }
}
