package com.recoveryworkbench.ui.exchange;

import com.recoveryworkbench.io.Imported;
import com.recoveryworkbench.model.MergeResult;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.files.Dialogs;
import com.recoveryworkbench.ui.files.FileActions;
import com.recoveryworkbench.ui.files.ImportRequest;
import com.recoveryworkbench.ui.state.BackgroundTasks;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * File ▸ Merge from File…: reads a CSV inventory, a GraphML or DOT drawing or a Backstage catalog off
 * the FX thread and merges it into the open plan by service id ({@link MergeResult}'s rules: adds and
 * updates, never deletes) as one undoable step, then selects and shows the services it added or
 * updated. A file with an error merges nothing and says where it is broken. FX thread only.
 */
public final class MergeAction {
    private final WorkbenchState workbench;
    private final Dialogs dialogs;
    private final BackgroundTasks tasks;
    private final Consumer<String> activity;

    public MergeAction(WorkbenchState workbench, Dialogs dialogs, BackgroundTasks tasks, Consumer<String> activity) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.activity = Objects.requireNonNull(activity, "activity");
    }

    void mergeFromFile() {
        PlanDocument document = workbench.document();
        Path folder = document.getFile() == null ? null : document.getFile().toAbsolutePath().getParent();
        dialogs.chooseImportFile(folder, ImportRequest.Purpose.MERGE).ifPresent(this::merge);
    }

    void merge(ImportRequest request) {
        String fileName = request.file().getFileName().toString();
        activity.accept("Reading " + fileName + "…");
        tasks.run(() -> request.format().importFile(request.file(), fileName), imported -> {
            activity.accept(null);
            apply(fileName, imported);
        }, error -> {
            activity.accept(null);
            dialogs.showError("Cannot merge " + fileName, FileActions.messageOf(error)
                    + "\n\nNothing was merged; the plan is as it was.");
        });
    }

    /** Merges into the plan as it is now, which the person may have edited while the file was read. */
    private void apply(String fileName, Imported imported) {
        MergeResult[] result = new MergeResult[1];
        workbench.document().apply("Merge " + fileName, plan -> {
            result[0] = imported.mergeInto(plan);
            return result[0].plan();
        });
        MergeResult merged = result[0];
        dialogs.showNotice("Merged " + fileName, merged.changedNothing()
                ? "The plan already had everything in " + fileName + "."
                : count(merged.added().size(), "service", "services") + " added, " + merged.updated().size()
                        + " updated, " + merged.unchanged().size() + " unchanged; "
                        + count(merged.addedDependencies().size(), "dependency", "dependencies")
                        + " added. Undo takes it all back.");
        dialogs.showWarnings("Merged " + fileName + " with warnings",
                imported.warnings().stream().map(String::valueOf).toList());
        List<String> touched = new ArrayList<>(merged.added());
        touched.addAll(merged.updated());
        if (!touched.isEmpty()) {
            workbench.reveal(touched);
        }
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
