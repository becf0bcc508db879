package com.recoveryworkbench.ui.files;

import com.recoveryworkbench.io.FileFingerprint;
import com.recoveryworkbench.io.PlanWriter;
import com.recoveryworkbench.io.SavedPlan;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.state.BackgroundTasks;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Save and Save As for the open document. FX thread only; files are written on {@link BackgroundTasks}.
 *
 * <p>Remembers the fingerprint of the document's file as it was last read or written. Save first
 * compares it with the file on disk: when another program (a {@code git pull}, a colleague's editor on a
 * shared drive) changed the file since, the person chooses to overwrite it, save elsewhere, reload it
 * (dropping the window's changes) or cancel, instead of silently losing the other version. A file
 * that was deleted meanwhile is simply written again. Save As writes where the person chose; the file
 * chooser already asked about replacing a file.
 */
final class PlanSaver {
    private final PlanDocument document;
    private final Dialogs dialogs;
    private final BackgroundTasks tasks;
    private final Consumer<String> activity;
    private final Consumer<Path> remember;
    private final Supplier<Path> folder;
    private Consumer<Path> reload = file -> { };
    private FileFingerprint knownOnDisk;

    /** What a write ended in: the file written, or left alone because it changed on disk. */
    private sealed interface Outcome {
        record Written(Path file, SavedPlan saved) implements Outcome { }

        record ChangedOnDisk(Path file) implements Outcome { }
    }

    PlanSaver(PlanDocument document, Dialogs dialogs, BackgroundTasks tasks, Consumer<String> activity,
              Consumer<Path> remember, Supplier<Path> folder) {
        this.document = Objects.requireNonNull(document, "document");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.activity = Objects.requireNonNull(activity, "activity");
        this.remember = Objects.requireNonNull(remember, "remember");
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /** How "Reload" opens the file again, dropping the window's changes. */
    void setReload(Consumer<Path> action) {
        reload = Objects.requireNonNull(action, "action");
    }

    /**
     * The document now holds the content of its file as fingerprinted; {@code null} when that is not
     * known (a new plan, an import, a plan restored after a crash), which turns the check off.
     */
    void setKnownOnDisk(FileFingerprint fingerprint) {
        knownOnDisk = fingerprint;
    }

    void save(Runnable afterSaved) {
        Path file = document.getFile();
        if (file == null) {
            saveAs(afterSaved);
        } else {
            write(file, knownOnDisk, afterSaved);
        }
    }

    void saveAs(Runnable afterSaved) {
        dialogs.chooseSaveFile(folder.get(), PlanFiles.suggestedName(document.getPlan().name()))
                .map(PlanFiles::withExtension)
                .ifPresent(target -> write(target, null, afterSaved));
    }

    /** {@code expectedOnDisk}: what the target must still hold; {@code null} writes without looking. */
    private void write(Path target, FileFingerprint expectedOnDisk, Runnable afterSaved) {
        Plan snapshot = document.getPlan();
        long revision = document.getRevision();
        activity.accept("Saving " + target.getFileName() + "…");
        tasks.run(() -> {
            if (expectedOnDisk != null) {
                Optional<FileFingerprint> onDisk = FileFingerprint.of(target);
                if (onDisk.isPresent() && !onDisk.get().equals(expectedOnDisk)) {
                    return new Outcome.ChangedOnDisk(target);
                }
            }
            return new Outcome.Written(target, new PlanWriter().save(snapshot, target));
        }, outcome -> {
            activity.accept(null);
            if (outcome instanceof Outcome.Written written) {
                written(written, revision, afterSaved);
            } else if (outcome instanceof Outcome.ChangedOnDisk changed) {
                changedOnDisk(changed.file(), afterSaved);
            }
        }, error -> {
            activity.accept(null);
            dialogs.showError("Cannot save " + target.getFileName(), FileActions.messageOf(error)
                    + "\n\nThe plan is still open with its unsaved changes; the file on disk was not changed.");
        });
    }

    private void written(Outcome.Written written, long revision, Runnable afterSaved) {
        remember.accept(written.file());
        if (written.file().equals(document.getFile()) || document.getRevision() == revision) {
            knownOnDisk = written.saved().written();
        }
        written.saved().backupProblem().ifPresent(problem ->
                dialogs.showWarnings("Saved " + written.file().getFileName(), List.of(problem)));
        if (document.getRevision() == revision) {
            document.markSaved(written.file());
            afterSaved.run();
        }
    }

    private void changedOnDisk(Path file, Runnable afterSaved) {
        switch (dialogs.askChangedOnDisk(file.getFileName().toString())) {
            case OVERWRITE -> write(file, null, afterSaved);
            case SAVE_AS -> saveAs(afterSaved);
            case RELOAD -> reload.accept(file);
            case CANCEL -> { }
        }
    }
}
