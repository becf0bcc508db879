package com.recoveryworkbench.ui.files;

import com.recoveryworkbench.io.export.ExportFormat;
import com.recoveryworkbench.model.Scenario;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The questions and messages the file actions need from a person. Behind an interface so tests can
 * answer them without native file choosers or blocking prompts. FX thread only.
 */
public interface Dialogs {
    /** The answer to "Save changes before …?". */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** The answer to "The file changed on disk since you opened it". */
    enum ChangedOnDiskChoice { OVERWRITE, SAVE_AS, RELOAD, CANCEL }

    /** A plan file to open; empty when the person cancels. {@code folder} may be {@code null}. */
    Optional<Path> chooseOpenFile(Path folder);

    /** A file from another tool to import, and its format; empty when the person cancels. */
    Optional<ImportRequest> chooseImportFile(Path folder, ImportRequest.Purpose purpose);

    /** A drill results sheet (CSV) to import; empty when the person cancels. {@code folder} may be {@code null}. */
    Optional<Path> chooseDrillResultsFile(Path folder);

    /**
     * The date, name and scenario of a drill whose results {@code fileName} holds; empty when the person
     * cancels. Offers the plan's {@code scenarios}, and no date after {@code today}.
     */
    Optional<DrillDetails> askDrillDetails(String fileName, DrillDetails suggested, List<Scenario> scenarios,
                                           LocalDate today);

    /** Where to save; empty when the person cancels. {@code suggestedName} is a file name. */
    Optional<Path> chooseSaveFile(Path folder, String suggestedName);

    /**
     * What to export; empty when the person cancels. {@code selectedServices}: how many services are
     * selected, which a picture may be limited to.
     */
    Optional<ExportChoice> askExport(int selectedServices);

    /** Where to write an export of {@code format}; empty when the person cancels. */
    Optional<Path> chooseExportFile(Path folder, String suggestedName, ExportFormat format);

    /** Blocks until answered; {@code planName} names the plan with unsaved changes. */
    UnsavedChoice askUnsavedChanges(String planName);

    /**
     * Blocks until answered; {@code fileName} names the plan file another program changed since it was
     * opened or last saved here.
     */
    ChangedOnDiskChoice askChangedOnDisk(String fileName);

    /** Blocks until answered; {@code question} offers to restore an autosaved plan. True: restore it. */
    boolean askRestore(String question);

    /** Shows an error without blocking the caller. */
    void showError(String title, String message);

    /** Shows warnings (e.g. from loading a file) without blocking and without demanding an answer. */
    void showWarnings(String title, List<String> warnings);

    /**
     * Says that an export was written to {@code file}, with any {@code warnings}, and offers to open its
     * folder; never blocks.
     */
    void showExported(Path file, List<String> warnings);

    /** Says what a command did (e.g. what a merge added) without blocking and without demanding an answer. */
    void showNotice(String title, String text);
}
