package com.recoveryworkbench.ui.files;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Shows a folder in the system's file manager (Open Folder after an export). Runs on its own daemon
 * thread: starting a file manager can take a while and must not hold up the window. Uses the desktop
 * integration when the platform offers it, else the usual command of the system ({@code xdg-open},
 * {@code open}, {@code explorer}); a failure goes to {@code onError} with a sentence for a person.
 */
final class FolderOpener {
    private FolderOpener() {
    }

    /** Any thread; {@code onError} is called on the opener's thread. */
    static void open(Path folder, Consumer<String> onError) {
        Thread thread = new Thread(() -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(folder.toFile());
                } else {
                    new ProcessBuilder(command(folder)).inheritIO().start();
                }
            } catch (IOException | RuntimeException e) {
                onError.accept("Cannot open the folder " + folder + ": " + e.getMessage());
            }
        }, "open-folder");
        thread.setDaemon(true);
        thread.start();
    }

    private static List<String> command(Path folder) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String path = folder.toAbsolutePath().toString();
        if (os.contains("win")) {
            return List.of("explorer", path);
        }
        return List.of(os.contains("mac") ? "open" : "xdg-open", path);
    }
}
