package com.recoveryworkbench.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Says in words what an I/O exception means: the JDK's messages are often just a path. */
final class IoExceptionText {
    private IoExceptionText() {
    }

    static String describe(IOException e) {
        if (e instanceof FileSystemException fs) {
            String reason = fs.getReason() != null ? fs.getReason() : reasonOf(fs);
            String file = fs.getFile() == null ? "" : " (" + fs.getFile()
                    + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile()) + ")";
            return reason + file;
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static String reasonOf(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        return e.getClass().getSimpleName();
    }
}
