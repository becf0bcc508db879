package com.recoveryworkbench.ui;

import com.recoveryworkbench.ui.files.FxDialogs;
import com.recoveryworkbench.ui.files.RecoveryFiles;
import com.recoveryworkbench.ui.preferences.WorkbenchPreferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The JavaFX application: one workbench window with the person's own preferences. Started by
 * {@link WorkbenchLauncher}; the parameters are {@link StartupOptions} (a plan file, {@code --select ID}).
 */
public final class WorkbenchApp extends Application {
    @Override
    public void start(Stage stage) {
        StartupOptions options = StartupOptions.parse(getParameters().getRaw());
        showIconWhenLoaded(stage);
        WorkbenchShell shell = new WorkbenchShell(stage, new WorkbenchPreferences(WorkbenchPreferences.userNode()),
                FxDialogs::new, new RecoveryFiles(RecoveryFiles.defaultDirectory()));
        shell.setOnQuit(Platform::exit);
        shell.show(options);
    }

    /** Read in the background, so the window need not wait for its icon; given to the window once read. */
    private static void showIconWhenLoaded(Stage stage) {
        Image icon = new Image(WorkbenchApp.class.getResource("recovery-workbench.png").toExternalForm(), true);
        icon.progressProperty().addListener((obs, was, now) -> {
            if (now.doubleValue() >= 1 && !icon.isError()) {
                stage.getIcons().add(icon);
            }
        });
    }
}
