package com.recoveryworkbench.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * Replaces a file's content all at once: the bytes go to a temporary file beside the target, are
 * forced to disk, and the temporary file is then moved over the target. Readers, and the target
 * after a crash or a failed save, see either the old content or the new, never a mix. Thread-safe;
 * concurrent writes to one target leave one of the contents whole.
 */
public final class AtomicFileWriter {

    /** {@link Files#move}, replaceable so tests can make the last step fail. */
    @FunctionalInterface
    interface Mover {
        void move(Path source, Path target, CopyOption... options) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Mover mover;

    public AtomicFileWriter() {
        this(Files::move);
    }

    AtomicFileWriter(Mover mover) {
        this.mover = mover;
    }

    /**
     * @throws IOException saying what failed and where; the target is then unchanged and the
     *                     temporary file is gone
     */
    public void write(byte[] content, Path target) throws IOException {
        replace(target, channel -> {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        });
    }

    /**
     * Replaces {@code target} with a copy of {@code source}, as atomically as {@link #write} and
     * streamed, so a copy of a file of any size needs no more memory than a small buffer.
     *
     * @throws IOException as {@link #write} does, also when {@code source} cannot be read
     */
    public void copy(Path source, Path target) throws IOException {
        replace(target, channel -> {
            try (FileChannel from = FileChannel.open(source, StandardOpenOption.READ)) {
                long size = from.size();
                long done = 0;
                while (done < size) {
                    long moved = from.transferTo(done, size - done, channel);
                    if (moved <= 0) {
                        break;
                    }
                    done += moved;
                }
            }
        });
    }

    /** What fills the temporary file. */
    @FunctionalInterface
    private interface Content {
        void writeTo(FileChannel channel) throws IOException;
    }

    private void replace(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IOException("cannot save to " + target + ": it is a directory");
        }
        Path directory = absolute.getParent();
        Path temp = directory.resolve(TemporaryFiles.prefix(absolute) + Long.toUnsignedString(RANDOM.nextLong(), 36)
                + TemporaryFiles.SUFFIX);
        try {
            writeDurably(temp, content);
        } catch (FileAlreadyExistsException e) {
            // Not ours (a random name clashed): leave it alone.
            throw failure(target, "cannot create a temporary file in " + directory, e);
        } catch (IOException e) {
            deleteAfterFailure(temp, e);
            throw failure(target, "cannot write a temporary file in " + directory, e);
        } catch (RuntimeException e) {
            deleteAfterFailure(temp, e);
            throw e;
        }
        try {
            keepPermissions(absolute, temp);
            moveOver(temp, absolute);
        } catch (IOException e) {
            deleteAfterFailure(temp, e);
            throw failure(target, "cannot replace it with " + temp.getFileName(), e);
        } catch (RuntimeException e) {
            deleteAfterFailure(temp, e);
            throw e;
        }
        syncDirectory(directory);
        TemporaryFiles.removeLeftovers(absolute);
    }

    private static void writeDurably(Path temp, Content content) throws IOException {
        // CREATE_NEW gives the file the user's default permissions, unlike Files.createTempFile (owner only).
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            content.writeTo(channel);
            channel.force(true);
        }
    }

    private void moveOver(Path temp, Path target) throws IOException {
        try {
            mover.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (network shares) cannot rename atomically; a plain replace is the best left.
            mover.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A save must not change who may read the plan: the new file gets the old one's permissions. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view != null && Files.exists(target)) {
            Files.setPosixFilePermissions(temp, view.readAttributes().permissions());
        }
    }

    private static void deleteAfterFailure(Path temp, Exception failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** Makes the rename itself durable where the platform allows it (Linux, macOS); Windows cannot open a directory. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // The new content is in place; only its durability across a power cut is left to the OS.
        }
    }

    private static IOException failure(Path target, String step, IOException cause) {
        return new IOException("cannot save to " + target + ": " + step + ": " + IoExceptionText.describe(cause),
                cause);
    }
}
