package com.recoveryworkbench.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a file held at one moment: its length and the SHA-256 of its bytes. Two fingerprints are equal
 * exactly when the contents are (barring a hash collision), whatever happened to the modification time:
 * editors and git checkouts touch times without changing content, and a content change within the
 * same second keeps the time. Immutable.
 */
public record FileFingerprint(long size, String sha256) {

    /** The fingerprint of {@code file} now; empty when there is no such file. */
    public static Optional<FileFingerprint> of(Path file) throws IOException {
        MessageDigest digest = newDigest();
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                size += n;
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return Optional.of(new FileFingerprint(size, HexFormat.of().formatHex(digest.digest())));
    }

    /** The fingerprint a file holding exactly {@code bytes} has. */
    public static FileFingerprint of(byte[] bytes) {
        return new FileFingerprint(bytes.length, HexFormat.of().formatHex(newDigest().digest(bytes)));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
