package com.recoveryworkbench.ui.files;

import com.recoveryworkbench.io.export.ExportFormat;
import com.recoveryworkbench.io.imports.ImportFormat;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.ui.theme.Theme;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * {@link Dialogs} for people: the platform's file choosers, a Save / Don't Save / Cancel prompt and a
 * non-blocking error dialog (its pane has the id {@code errorDialog}); warnings appear as a
 * notification in the corner of the window. FX thread only.
 */
public final class FxDialogs implements Dialogs {
    static final FileChooser.ExtensionFilter PLAN_FILES =
            new FileChooser.ExtensionFilter("Recovery Workbench plans (*.rplan.json)", "*" + PlanFiles.EXTENSION);

    private final Window owner;

    public FxDialogs(Window owner) {
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    @Override
    public Optional<Path> chooseOpenFile(Path folder) {
        FileChooser chooser = chooser("Open plan", folder, PLAN_FILES);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<ImportRequest> chooseImportFile(Path folder, ImportRequest.Purpose purpose) {
        List<String> allPatterns = Arrays.stream(ImportFormat.values()).flatMap(f -> f.patterns().stream()).toList();
        FileChooser chooser = chooser(purpose.title(), folder,
                new FileChooser.ExtensionFilter("All supported files", allPatterns));
        Map<FileChooser.ExtensionFilter, ImportFormat> formats = new LinkedHashMap<>();
        for (ImportFormat format : ImportFormat.values()) {
            formats.put(new FileChooser.ExtensionFilter(format.description(), format.patterns()), format);
        }
        chooser.getExtensionFilters().addAll(formats.keySet());
        File chosen = chooser.showOpenDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        Path file = chosen.toPath();
        // A format chosen in the chooser wins; under "All supported files" the name decides.
        ImportFormat format = Optional.ofNullable(formats.get(chooser.getSelectedExtensionFilter()))
                .or(() -> ImportRequest.formatOf(file)).orElse(ImportFormat.CSV);
        return Optional.of(new ImportRequest(file, format));
    }

    @Override
    public Optional<Path> chooseDrillResultsFile(Path folder) {
        FileChooser chooser = chooser("Import drill results", folder,
                new FileChooser.ExtensionFilter("Drill results (CSV)", "*.csv"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<DrillDetails> askDrillDetails(String fileName, DrillDetails suggested, List<Scenario> scenarios,
                                                  LocalDate today) {
        return DrillDetailsDialog.ask(owner, stylesheets(), fileName, suggested, scenarios, today);
    }

    @Override
    public Optional<Path> chooseSaveFile(Path folder, String suggestedName) {
        FileChooser chooser = chooser("Save plan", folder, PLAN_FILES);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<ExportChoice> askExport(int selectedServices) {
        return ExportDialog.ask(owner, stylesheets(), selectedServices);
    }

    @Override
    public Optional<Path> chooseExportFile(Path folder, String suggestedName, ExportFormat format) {
        FileChooser chooser = chooser("Export as " + ExportChoice.label(format), folder,
                new FileChooser.ExtensionFilter(ExportChoice.label(format), "*." + format.extension()));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, Path folder, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(filter);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    @Override
    public UnsavedChoice askUnsavedChanges(String planName) {
        ButtonType save = new ButtonType("Save", ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your changes will be lost if you don't save them.",
                save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to \"" + planName + "\"?");
        alert.getDialogPane().setId("unsavedDialog");
        styleLikeOwner(alert);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == save) {
            return UnsavedChoice.SAVE;
        }
        return answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public ChangedOnDiskChoice askChangedOnDisk(String fileName) {
        ButtonType overwrite = new ButtonType("Overwrite", ButtonData.OTHER);
        ButtonType saveAs = new ButtonType("Save As…", ButtonData.YES);
        ButtonType reload = new ButtonType("Reload", ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "Another program changed " + fileName
                + " since you opened or saved it here.\n\nOverwrite replaces that version with yours (it is "
                + "kept as " + fileName + ".bak). Save As keeps both. Reload opens the version on disk and "
                + "drops your unsaved changes.", overwrite, saveAs, reload, cancel);
        alert.initOwner(owner);
        alert.setTitle("File changed on disk");
        alert.setHeaderText("The file changed on disk");
        alert.getDialogPane().setId("changedOnDiskDialog");
        alert.getDialogPane().setMinWidth(560);
        styleLikeOwner(alert);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == overwrite) {
            return ChangedOnDiskChoice.OVERWRITE;
        }
        if (answer == saveAs) {
            return ChangedOnDiskChoice.SAVE_AS;
        }
        return answer == reload ? ChangedOnDiskChoice.RELOAD : ChangedOnDiskChoice.CANCEL;
    }

    @Override
    public boolean askRestore(String question) {
        ButtonType restore = new ButtonType("Restore", ButtonData.YES);
        ButtonType decline = new ButtonType("Not Now", ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "The autosaved copy is kept until you next save the plan.", restore, decline);
        alert.initOwner(owner);
        alert.setTitle("Restore unsaved changes");
        alert.setHeaderText(question);
        alert.getDialogPane().setId("restoreDialog");
        styleLikeOwner(alert);
        return alert.showAndWait().orElse(decline) == restore;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("errorDialog");
        styleLikeOwner(alert);
        alert.getDialogPane().setMinWidth(520);
        alert.setResizable(true);
        alert.show();
    }

    @Override
    public void showWarnings(String title, List<String> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        Notifications.create()
                .owner(owner)
                .title(title)
                .text(String.join("\n", warnings))
                .hideAfter(Duration.seconds(12))
                .showWarning();
    }

    @Override
    public void showExported(Path file, List<String> warnings) {
        Path folder = file.toAbsolutePath().getParent();
        StringBuilder text = new StringBuilder("Written to ").append(file.toAbsolutePath());
        warnings.forEach(warning -> text.append('\n').append(warning));
        Notifications notice = Notifications.create()
                .owner(owner)
                .title("Exported " + file.getFileName())
                .text(text.toString())
                .hideAfter(Duration.seconds(warnings.isEmpty() ? 10 : 20))
                .action(new org.controlsfx.control.action.Action("Open Folder", event -> FolderOpener.open(folder,
                        message -> javafx.application.Platform.runLater(() -> showError("Cannot open the folder", message)))));
        if (warnings.isEmpty()) {
            notice.showInformation();
        } else {
            notice.showWarning();
        }
    }

    @Override
    public void showNotice(String title, String text) {
        Notifications.create().owner(owner).title(title).text(text).hideAfter(Duration.seconds(8)).showInformation();
    }

    /** Dialogs wear the window's current theme. */
    private void styleLikeOwner(Alert alert) {
        alert.getDialogPane().getStylesheets().setAll(stylesheets());
    }

    private List<String> stylesheets() {
        Scene scene = owner.getScene();
        return scene == null ? Theme.LIGHT.stylesheets() : List.copyOf(scene.getStylesheets());
    }
}
