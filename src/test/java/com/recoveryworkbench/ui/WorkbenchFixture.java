package com.recoveryworkbench.ui;

import com.recoveryworkbench.io.PlanWriter;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.canvas.CardGeometry;
import com.recoveryworkbench.ui.canvas.Viewport;
import com.recoveryworkbench.ui.files.FxDialogs;
import com.recoveryworkbench.ui.files.RecoveryFiles;
import com.recoveryworkbench.ui.files.ScriptedDialogs;
import com.recoveryworkbench.ui.preferences.WorkbenchPreferences;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real workbench window for end-to-end tests: a throw-away preferences node, scripted file
 * choosers and prompts (errors still appear in the real error dialog), and plan files in a temporary
 * folder.
 */
final class WorkbenchFixture {
    final Preferences node = Preferences.userRoot().node("com/recoveryworkbench/test-" + UUID.randomUUID());
    final Path recoveryDir = createRecoveryDir();
    ScriptedDialogs dialogs;
    WorkbenchShell shell;
    boolean quit;
    private final Deque<Boolean> restoreAnswers = new ArrayDeque<>();

    /** Builds and shows the window on {@code stage}, opening {@code plan} when given. FX thread. */
    void start(Stage stage, Path plan) {
        // The tests close the window; the FX runtime must survive it for the next test.
        Platform.setImplicitExit(false);
        shell = new WorkbenchShell(stage, new WorkbenchPreferences(node), owner -> {
            dialogs = new ScriptedDialogs(new FxDialogs(owner));
            dialogs.restoreAnswers.addAll(restoreAnswers);
            return dialogs;
        }, new RecoveryFiles(recoveryDir));
        shell.setOnQuit(() -> quit = true);
        shell.show(new StartupOptions(Optional.ofNullable(plan)));
    }

    private static Path createRecoveryDir() {
        try {
            return Files.createTempDirectory("recovery");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How the window answers the offer to restore an autosaved plan at startup. */
    void answerRestore(boolean restore) {
        restoreAnswers.add(restore);
    }

    static Path write(Plan plan, Path file) throws IOException {
        new PlanWriter().save(plan, file);
        return file;
    }

    /** Where a point of the plan is drawn on the screen now. FX thread or after the last layout. */
    Point2D onScreen(double worldX, double worldY) {
        Viewport viewport = shell.canvas().viewport();
        Node canvas = shell.canvas().node().lookup("#canvas");
        return canvas.localToScreen(viewport.toScreenX(worldX), viewport.toScreenY(worldY));
    }

    /** The middle of a service's card on the screen. */
    Point2D centreOf(Service service) {
        Position p = service.position();
        return onScreen(CardGeometry.centreX(p), CardGeometry.centreY(p));
    }

    void close() throws BackingStoreException, IOException {
        node.removeNode();
        try (Stream<Path> left = Files.walk(recoveryDir)) {
            for (Path path : left.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
