package com.recoveryworkbench.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where a person keeps their files, for file choosers with nothing better to start from. Any thread. */
public final class UserFolders {
    private UserFolders() {
    }

    /** The "Documents" folder in the home folder when there is one, else the home folder itself. */
    public static Path documents() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }
}
