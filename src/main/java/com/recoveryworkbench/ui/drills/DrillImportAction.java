package com.recoveryworkbench.ui.drills;

import com.recoveryworkbench.io.csv.DrillImport;
import com.recoveryworkbench.io.csv.DrillResultsImporter;
import com.recoveryworkbench.io.imports.ImportSource;
import com.recoveryworkbench.model.ClaimedRecovery;
import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.DrillResult;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.files.Dialogs;
import com.recoveryworkbench.ui.files.DrillDetails;
import com.recoveryworkbench.ui.files.FileActions;
import com.recoveryworkbench.ui.state.BackgroundTasks;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * File ▸ Import Drill Results…: a results sheet (the CSV format of {@code import-drill}), then the drill's
 * date, name and scenario; the sheet is read and checked against the plan off the FX thread, and the drill
 * is added as one undoable step and selected in the Drills tab. A sheet with any error adds nothing and
 * says where each error is (line, column). FX thread only.
 */
public final class DrillImportAction {
    private final PlanDocument document;
    private final Dialogs dialogs;
    private final BackgroundTasks tasks;
    private final Consumer<String> activity;
    private final Supplier<LocalDate> today;
    private final Consumer<String> select;

    /**
     * @param activity shows what is being read ({@code null}: nothing)
     * @param select   shows the imported drill, by id
     */
    public DrillImportAction(PlanDocument document, Dialogs dialogs, BackgroundTasks tasks, Consumer<String> activity,
                      Supplier<LocalDate> today, Consumer<String> select) {
        this.document = Objects.requireNonNull(document, "document");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.activity = Objects.requireNonNull(activity, "activity");
        this.today = Objects.requireNonNull(today, "today");
        this.select = Objects.requireNonNull(select, "select");
    }

    /** Asks for the sheet and the drill's details, then imports. */
    public void importResults() {
        Path folder = document.getFile() == null ? null : document.getFile().toAbsolutePath().getParent();
        dialogs.chooseDrillResultsFile(folder).ifPresent(file -> {
            String fileName = String.valueOf(file.getFileName());
            LocalDate day = today.get();
            dialogs.askDrillDetails(fileName, new DrillDetails(day, "", Scenario.TOTAL_ID),
                    document.getPlan().scenarios(), day).ifPresent(details -> read(file, fileName, details));
        });
    }

    private void read(Path file, String fileName, DrillDetails details) {
        if (details.date().isAfter(today.get())) {
            refuse(fileName, details.date() + " is after today (" + today.get() + "): a drill cannot have happened yet.");
            return;
        }
        Plan checkedAgainst = document.getPlan();
        activity.accept("Reading " + fileName + "…");
        tasks.run(() -> {
            ImportSource sheet = ImportSource.read(file, "save the spreadsheet as \"CSV UTF-8\"");
            return new DrillResultsImporter().importText(sheet.text(), sheet.name(), checkedAgainst, details.date());
        }, imported -> {
            activity.accept(null);
            add(fileName, details, imported);
        }, error -> {
            activity.accept(null);
            refuse(fileName, FileActions.messageOf(error));
        });
    }

    /** Adds the drill to the plan as it is now, which the person may have edited while the sheet was read. */
    private void add(String fileName, DrillDetails details, DrillImport imported) {
        Plan plan = document.getPlan();
        List<String> gone = imported.results().stream().map(DrillResult::service).filter(id -> !plan.hasService(id))
                .toList();
        if (!gone.isEmpty() || plan.scenario(details.scenario()).isEmpty()) {
            refuse(fileName, gone.isEmpty() ? "The scenario '" + details.scenario() + "' left the plan while "
                    + fileName + " was read." : "The plan no longer has " + String.join(", ", gone)
                    + ", which the sheet has results for.");
            return;
        }
        // The claims are the plan's as it is when the drill is added.
        List<DrillResult> results = imported.results().stream().map(r -> new DrillResult(r.service(), r.measured(),
                r.dataLoss(), r.outcome(), ClaimedRecovery.of(plan, r.service()), r.notes())).toList();
        Drill drill = DrillLogModel.newDrill(plan, details.date(), details.name(), details.scenario(), results);
        document.apply("Import drill " + drill.name() + " from " + fileName, p -> p.withDrill(drill));
        select.accept(drill.id());
        dialogs.showNotice("Imported " + fileName, "Added drill \"" + drill.name() + "\" (" + drill.date() + "): "
                + DrillSummary.outcomes(drill) + ". Undo takes it back.");
        dialogs.showWarnings("Imported " + fileName + " with warnings",
                imported.warnings().stream().map(String::valueOf).toList());
    }

    private void refuse(String fileName, String why) {
        dialogs.showError("Cannot import drill results from " + fileName, why
                + "\n\nNo drill was added; the plan is as it was.");
    }
}
