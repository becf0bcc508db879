package com.recoveryworkbench.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The hidden temporary files {@link AtomicFileWriter} writes beside a target, {@code .NAME.<random>.tmp},
 * and the clean-up of those a killed or crashed write left behind. A leftover is removed by the next
 * successful write of the same target, once nothing has touched it for {@link #ABANDONED_AFTER}, so a
 * write still in progress in another program is never disturbed.
 */
final class TemporaryFiles {
    static final String SUFFIX = ".tmp";
    /** A temporary file is written and moved within seconds; one untouched this long was abandoned. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);
    /** The random part: an unsigned long in base 36. */
    private static final Pattern RANDOM_PART = Pattern.compile("[0-9a-z]{1,13}");

    private TemporaryFiles() {
    }

    /** What every temporary file of {@code target} starts with: a dot, its name and a dot. */
    static String prefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /** Whether {@code file} is one of the temporary files of {@code target}. */
    static boolean isTemporaryOf(Path file, Path target) {
        String name = file.getFileName().toString();
        String prefix = prefix(target);
        return name.startsWith(prefix) && name.endsWith(SUFFIX) && name.length() > prefix.length() + SUFFIX.length()
                && RANDOM_PART.matcher(name.substring(prefix.length(), name.length() - SUFFIX.length())).matches();
    }

    /**
     * Deletes the abandoned temporary files of {@code target}. Best effort: the write they follow has
     * succeeded, so a leftover that cannot be listed or deleted is left for the next time.
     */
    static void removeLeftovers(Path target) {
        Instant abandoned = Instant.now().minus(ABANDONED_AFTER);
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(),
                file -> isTemporaryOf(file, target))) {
            for (Path leftover : siblings) {
                deleteIfUntouchedSince(leftover, abandoned);
            }
        } catch (IOException | RuntimeException e) {
            // Listing the directory is not part of the write, which is complete.
        }
    }

    private static void deleteIfUntouchedSince(Path leftover, Instant abandoned) {
        try {
            FileTime modified = Files.getLastModifiedTime(leftover);
            if (Files.isRegularFile(leftover) && modified.toInstant().isBefore(abandoned)) {
                Files.deleteIfExists(leftover);
            }
        } catch (IOException e) {
            // Gone already, or not ours to delete: either way nothing to do.
        }
    }
}
