package com.recoveryworkbench.ui.files;

import com.recoveryworkbench.io.FileFingerprint;
import com.recoveryworkbench.io.LoadedPlan;
import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.io.Imported;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.preferences.WorkbenchPreferences;
import com.recoveryworkbench.ui.state.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * New, Open, Import, Save, Save As, Close and Quit for the open document. FX thread only.
 *
 * <p>Files are read and written on {@link BackgroundTasks}; the window stays responsive and shows
 * {@link #activityProperty()} meanwhile. A file that cannot be read leaves the open document exactly
 * as it was and shows the reader's message (file, line, column). A save writes the plan as it was
 * when Save was chosen; the document becomes clean only if it still holds that plan when the write
 * finishes. Every action that would drop unsaved changes asks first (Save / Don't Save / Cancel).
 * Saving is done by {@link PlanSaver}, which also notices a file another program changed meanwhile.
 */
public final class FileActions {
    /** What a new or closed document is called until the person names it. */
    public static final String UNTITLED_PLAN = "Untitled plan";

    /** {@code unsaved}: a recovered plan, shown dirty but bound to {@code file}. */
    private record Opened(Plan plan, Path file, List<String> warnings, boolean unsaved, FileFingerprint onDisk) {
        Opened(Plan plan, Path file, List<String> warnings) {
            this(plan, file, warnings, false, null);
        }
    }

    private final PlanDocument document;
    private final Dialogs dialogs;
    private final BackgroundTasks tasks;
    private final WorkbenchPreferences preferences;
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity");
    private final PlanSaver saver;
    private Runnable quit = () -> { };
    private Runnable afterOpen = () -> { };
    private Runnable onDiscard = () -> { };

    public FileActions(PlanDocument document, Dialogs dialogs, BackgroundTasks tasks,
                       WorkbenchPreferences preferences) {
        this.document = Objects.requireNonNull(document, "document");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        saver = new PlanSaver(document, dialogs, tasks, activity::set, this::remember, this::folder);
        saver.setReload(this::read);
    }

    /** What runs once Quit is confirmed (closing the window and ending the program). */
    public void setQuitAction(Runnable action) {
        quit = Objects.requireNonNull(action, "action");
    }

    /** What runs after another plan was put in the document (the canvas shows all of it). */
    public void setAfterOpen(Runnable action) {
        afterOpen = Objects.requireNonNull(action, "action");
    }

    /** What runs when the person chose "Don't Save" (the autosaved recovery goes with the changes). */
    public void setOnDiscard(Runnable action) {
        onDiscard = Objects.requireNonNull(action, "action");
    }

    /** Shows what another file command (export, import) is doing; {@code null} when it is done. */
    public void showActivity(String doing) {
        activity.set(doing);
    }

    /** "Opening retail.rplan.json…" while a file is read or written; {@code null} when idle. */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    public void newPlan() {
        confirmDiscard(() -> {
            document.replace(Plan.empty(UNTITLED_PLAN), null);
            saver.setKnownOnDisk(null);
            afterOpen.run();
        });
    }

    /** Closes the plan, leaving an empty untitled one in the window. */
    public void close() {
        newPlan();
    }

    public void quit() {
        confirmDiscard(quit);
    }

    public void open() {
        confirmDiscard(() -> dialogs.chooseOpenFile(folder()).ifPresent(this::read));
    }

    /** Opens {@code file} (from the recent list or the command line), asking first about unsaved changes. */
    public void open(Path file) {
        confirmDiscard(() -> read(file));
    }

    /**
     * Starts an untitled plan, named after the file, from a CSV inventory, a GraphML or DOT drawing or
     * a Backstage catalog.
     */
    public void importFile() {
        confirmDiscard(() -> dialogs.chooseImportFile(folder(), ImportRequest.Purpose.NEW_PLAN)
                .ifPresent(this::importFrom));
    }

    private void importFrom(ImportRequest request) {
        Path file = request.file();
        load("Importing " + file.getFileName(), null, () -> {
            Imported imported = request.format().importFile(file, planNameOf(file));
            return new Opened(imported.plan(), null, texts(imported.warnings()));
        });
    }

    /**
     * Opens a plan that is not a file of its own (the bundled sample) as an untitled document, so
     * Save asks where to put it.
     */
    public void openUntitled(String description, Callable<LoadedPlan> loader) {
        confirmDiscard(() -> load("Opening " + description, null, () -> {
            LoadedPlan loaded = loader.call();
            return new Opened(loaded.plan(), null, texts(loaded.warnings()));
        }));
    }

    /**
     * Opens an autosaved plan recovered after a crash as an unsaved document bound to {@code original}
     * (may be {@code null}), so Save writes the original file.
     */
    public void restoreUnsaved(String planName, Path original, Callable<LoadedPlan> loader) {
        confirmDiscard(() -> load("Restoring " + planName, null, () -> {
            LoadedPlan loaded = loader.call();
            return new Opened(loaded.plan(), original, texts(loaded.warnings()), true, null);
        }));
    }

    private void read(Path file) {
        load("Opening " + file.getFileName(), file, () -> {
            // Checked apart, so a recent file that was deleted or moved can be dropped from the list.
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            // Taken before reading: a change in between then shows as a change on disk at the next
            // save, a harmless question, rather than going unnoticed.
            FileFingerprint onDisk = FileFingerprint.of(file).orElseThrow(() -> new NoSuchFileException(file.toString()));
            LoadedPlan loaded = new PlanReader().read(file);
            return new Opened(loaded.plan(), file, texts(loaded.warnings()), false, onDisk);
        });
    }

    /** {@code file}: the plan file being read, {@code null} for other sources. */
    private void load(String doing, Path file, Callable<Opened> loader) {
        long revisionAtStart = document.getRevision();
        activity.set(doing + "…");
        tasks.run(loader, opened -> {
            activity.set(null);
            Runnable show = () -> show(opened);
            // The person may have edited the window's plan while the file was being read.
            if (document.getRevision() != revisionAtStart) {
                confirmDiscard(show);
            } else {
                show.run();
            }
        }, error -> {
            activity.set(null);
            if (error instanceof NoSuchFileException && file != null) {
                preferences.recentFiles().remove(file.toAbsolutePath().normalize());
            }
            dialogs.showError(file == null ? "Cannot open the plan" : "Cannot open " + file.getFileName(),
                  messageOf(error));
        });
    }

    private void show(Opened opened) {
        if (opened.unsaved()) {
            document.restoreUnsaved(opened.plan(), opened.file());
        } else {
            document.replace(opened.plan(), opened.file());
        }
        saver.setKnownOnDisk(opened.onDisk());
        if (opened.file() != null && !opened.unsaved()) {
            remember(opened.file());
        }
        afterOpen.run();
        dialogs.showWarnings("Opened with warnings", opened.warnings());
    }

    public void save() {
        saver.save(() -> { });
    }

    public void saveAs() {
        saver.saveAs(() -> { });
    }

    /** Runs {@code proceed} now when there is nothing to lose, else after the person saved or chose to discard. */
    private void confirmDiscard(Runnable proceed) {
        if (!document.isDirty()) {
            proceed.run();
            return;
        }
        switch (dialogs.askUnsavedChanges(unsavedName())) {
            case SAVE -> saver.save(proceed);
            case DISCARD -> {
                onDiscard.run();
                proceed.run();
            }
            case CANCEL -> { }
        }
    }

    /**
     * What the unsaved-changes question calls the plan: its file when it has one (the name people see
     * in their folders, and the plan's own name may still be "Untitled plan"), else the plan's name.
     */
    private String unsavedName() {
        Path file = document.getFile();
        return file == null ? document.getPlan().name() : file.getFileName().toString();
    }

    private void remember(Path file) {
        preferences.recentFiles().add(file);
        preferences.setLastPlan(file);
    }

    /**
     * Where file choosers start: the open plan's folder, else the folder of the last plan used, else the
     * person's documents (never the folder the program was started from).
     */
    private Path folder() {
        Path file = document.getFile();
        if (file == null && !preferences.recentFiles().files().isEmpty()) {
            file = preferences.recentFiles().files().get(0);
        }
        return file == null ? UserFolders.documents() : file.toAbsolutePath().getParent();
    }

    private static String planNameOf(Path csv) {
        String name = csv.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static List<String> texts(List<?> warnings) {
        return warnings.stream().map(String::valueOf).toList();
    }

    public static String messageOf(Exception error) {
        if (error instanceof NoSuchFileException missing) {
            return "The file " + missing.getFile() + " does not exist.";
        }
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.toString() : message;
    }
}
