package com.recoveryworkbench.ui;

import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.files.RecoveryFiles;
import com.recoveryworkbench.ui.files.ScriptedDialogs;
import com.recoveryworkbench.ui.preferences.WorkbenchPreferences;
import java.nio.file.Path;
import java.time.Duration;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The child program of {@link CrashRecoveryTest}: the real workbench window autosaving every 200 ms,
 * with one unsaved edit, left running until the test kills it. Arguments: the recovery folder and
 * the preferences node path to use.
 */
final class CrashingWorkbench {
    static final String EDITED_SERVICE = "edited-before-the-crash";

    private CrashingWorkbench() {
    }

    public static void main(String[] args) {
        Path recoveryDir = Path.of(args[0]);
        Preferences node = Preferences.userRoot().node(args[1]);
        Platform.startup(() -> {
            Stage stage = new Stage();
            WorkbenchShell shell = new WorkbenchShell(stage, new WorkbenchPreferences(node), owner -> new ScriptedDialogs(),
                    new RecoveryFiles(recoveryDir), Duration.ofMillis(200));
            stage.show();
            shell.workbench().document().apply("Add service",
                    plan -> plan.withService(Service.builder(EDITED_SERVICE, ServiceKind.APPLICATION).build()));
        });
    }
}
