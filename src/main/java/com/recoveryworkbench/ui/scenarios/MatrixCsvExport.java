package com.recoveryworkbench.ui.scenarios;

import com.recoveryworkbench.io.AtomicFileWriter;
import com.recoveryworkbench.io.export.ExportFormat;
import com.recoveryworkbench.io.export.ScenarioMatrix;
import com.recoveryworkbench.io.export.ScenarioMatrixCsv;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.files.Dialogs;
import com.recoveryworkbench.ui.files.FileActions;
import com.recoveryworkbench.ui.files.PlanFiles;
import com.recoveryworkbench.ui.state.BackgroundTasks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Writes the scenario matrix as CSV: asks where ("Shop scenario matrix.csv" beside the plan),
 * then renders and writes it off the FX thread (atomically, so a failed write leaves an older file
 * whole) and says when it is done or why it failed. FX thread only.
 */
public final class MatrixCsvExport implements Consumer<ScenarioMatrix> {
    private final PlanDocument document;
    private final Dialogs dialogs;
    private final BackgroundTasks tasks;
    private final Consumer<String> activity;

    /** @param activity shows what runs in the status bar ({@code null} when done) */
    public MatrixCsvExport(PlanDocument document, Dialogs dialogs, BackgroundTasks tasks, Consumer<String> activity) {
        this.document = Objects.requireNonNull(document, "document");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.activity = Objects.requireNonNull(activity, "activity");
    }

    @Override
    public void accept(ScenarioMatrix matrix) {
        String planFile = PlanFiles.suggestedName(document.getPlan().name());
        String suggested = planFile.substring(0, planFile.length() - PlanFiles.EXTENSION.length()) + " scenario matrix.csv";
        dialogs.chooseExportFile(folder(), suggested, ExportFormat.CSV).ifPresent(target -> write(matrix, target));
    }

    private void write(ScenarioMatrix matrix, Path target) {
        activity.accept("Exporting " + target.getFileName() + "…");
        tasks.run(() -> {
            new AtomicFileWriter().write(ScenarioMatrixCsv.render(matrix).getBytes(StandardCharsets.UTF_8), target);
            return target;
        }, written -> activity.accept(null), error -> {
            activity.accept(null);
            dialogs.showError("Cannot export " + target.getFileName(), FileActions.messageOf(error));
        });
    }

    private Path folder() {
        Path file = document.getFile();
        return file == null ? null : file.toAbsolutePath().getParent();
    }
}
