package com.recoveryworkbench.ui.files;

import com.recoveryworkbench.io.export.ExportFormat;
import com.recoveryworkbench.model.Scenario;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * {@link Dialogs} answered by the test: file choosers and the unsaved-changes prompt take the next
 * scripted answer (failing the test when none is left); errors and warnings are recorded, and errors
 * are also shown by {@code errorsShownBy} when one is given (the real error dialog in window tests).
 */
public final class ScriptedDialogs implements Dialogs {
    public final Deque<Path> files = new ArrayDeque<>();
    public final Deque<UnsavedChoice> unsavedAnswers = new ArrayDeque<>();
    public final List<String> errors = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();
    public final List<Path> exported = new ArrayList<>();
    /** The folder each save or export chooser was opened in, in order. */
    public final List<Path> saveFolders = new ArrayList<>();
    /** What each unsaved-changes question called the plan. */
    public final List<String> unsavedPlanNames = new ArrayList<>();
    public final Deque<Boolean> restoreAnswers = new ArrayDeque<>();
    public final Deque<Optional<ExportChoice>> exportAnswers = new ArrayDeque<>();
    final Deque<ChangedOnDiskChoice> changedOnDiskAnswers = new ArrayDeque<>();
    final List<String> changedOnDiskFiles = new ArrayList<>();
    public final List<String> restoreQuestions = new ArrayList<>();
    /** How the drill details question of File ▸ Import Drill Results… is answered, in order. */
    public final Deque<Optional<DrillDetails>> drillDetailsAnswers = new ArrayDeque<>();
    /** What each drill details question suggested. */
    public final List<DrillDetails> drillDetailsSuggested = new ArrayList<>();
    public int unsavedPrompts;
    private final Dialogs errorsShownBy;

    public ScriptedDialogs() {
        this(null);
    }

    public ScriptedDialogs(Dialogs errorsShownBy) {
        this.errorsShownBy = errorsShownBy;
    }

    private Optional<Path> nextFile() {
        if (files.isEmpty()) {
            throw new AssertionError("a file chooser opened, but the test gave no file to choose");
        }
        return Optional.of(files.poll());
    }

    @Override
    public Optional<Path> chooseOpenFile(Path folder) {
        return nextFile();
    }

    @Override
    public Optional<ImportRequest> chooseImportFile(Path folder, ImportRequest.Purpose purpose) {
        return nextFile().map(file -> new ImportRequest(file, ImportRequest.formatOf(file).orElseThrow()));
    }

    @Override
    public Optional<Path> chooseDrillResultsFile(Path folder) {
        return nextFile();
    }

    @Override
    public Optional<DrillDetails> askDrillDetails(String fileName, DrillDetails suggested, List<Scenario> scenarios,
                                                  LocalDate today) {
        drillDetailsSuggested.add(suggested);
        if (drillDetailsAnswers.isEmpty()) {
            throw new AssertionError("asked for the details of the drill in " + fileName + ", but the test gave no answer");
        }
        return drillDetailsAnswers.poll();
    }

    @Override
    public Optional<Path> chooseSaveFile(Path folder, String suggestedName) {
        saveFolders.add(folder);
        return nextFile();
    }

    @Override
    public Optional<ExportChoice> askExport(int selectedServices) {
        if (exportAnswers.isEmpty()) {
            throw new AssertionError("the export dialog opened, but the test gave no answer");
        }
        return exportAnswers.poll();
    }

    @Override
    public Optional<Path> chooseExportFile(Path folder, String suggestedName, ExportFormat format) {
        saveFolders.add(folder);
        return nextFile();
    }

    @Override
    public UnsavedChoice askUnsavedChanges(String planName) {
        unsavedPrompts++;
        unsavedPlanNames.add(planName);
        if (unsavedAnswers.isEmpty()) {
            throw new AssertionError("asked about unsaved changes to " + planName + ", but the test gave no answer");
        }
        return unsavedAnswers.poll();
    }

    @Override
    public ChangedOnDiskChoice askChangedOnDisk(String fileName) {
        changedOnDiskFiles.add(fileName);
        if (changedOnDiskAnswers.isEmpty()) {
            throw new AssertionError(fileName + " changed on disk and the window asked, but the test gave no answer");
        }
        return changedOnDiskAnswers.poll();
    }

    @Override
    public boolean askRestore(String question) {
        restoreQuestions.add(question);
        if (restoreAnswers.isEmpty()) {
            throw new AssertionError("offered to restore (" + question + "), but the test gave no answer");
        }
        return restoreAnswers.poll();
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
        if (errorsShownBy != null) {
            errorsShownBy.showError(title, message);
        }
    }

    @Override
    public void showWarnings(String title, List<String> messages) {
        warnings.addAll(messages);
    }

    /** Recorded, and shown for real in a window test (as errors are), so the test sees what a person would. */
    @Override
    public void showExported(Path file, List<String> messages) {
        exported.add(file);
        warnings.addAll(messages);
        if (errorsShownBy != null) {
            errorsShownBy.showExported(file, messages);
        }
    }

    @Override
    public void showNotice(String title, String text) {
        notices.add(text);
    }
}
