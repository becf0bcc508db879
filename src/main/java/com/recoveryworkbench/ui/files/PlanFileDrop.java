package com.recoveryworkbench.ui.files;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Opens a plan file dropped on the window (one that arrived by e-mail, say), through the same
 * {@link FileActions#open(java.nio.file.Path)} as the menu. Only a single {@code .rplan.json} file is
 * accepted. FX thread only.
 */
public final class PlanFileDrop {
    private PlanFileDrop() {
    }

    public static void install(Scene scene, FileActions files) {
        scene.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (planFile(event.getDragboard()).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            Optional<File> file = planFile(event.getDragboard());
            event.setDropCompleted(file.isPresent());
            event.consume();
            // After the drop returns, so the prompt about unsaved changes does not hold up the drag source.
            file.ifPresent(f -> Platform.runLater(() -> files.open(f.toPath())));
        });
    }

    private static Optional<File> planFile(Dragboard board) {
        if (!board.hasFiles()) {
            return Optional.empty();
        }
        List<File> dropped = board.getFiles();
        if (dropped.size() != 1
                || !dropped.get(0).getName().toLowerCase(Locale.ROOT).endsWith(PlanFiles.EXTENSION)) {
            return Optional.empty();
        }
        return Optional.of(dropped.get(0));
    }
}
