package com.recoveryworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFingerprintTest {
    @TempDir
    Path directory;

    @Test
    void aFileAndItsBytesHaveTheSameFingerprint() throws Exception {
        byte[] bytes = "{ \"format\": \"recovery-workbench-plan\" }\n".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(directory.resolve("a.rplan.json"), bytes);

        FileFingerprint fingerprint = FileFingerprint.of(file).orElseThrow();

        assertEquals(FileFingerprint.of(bytes), fingerprint);
        assertEquals(bytes.length, fingerprint.size());
        // Worked out with sha256sum on the empty input.
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                FileFingerprint.of(new byte[0]).sha256());
    }

    @Test
    void changingOneByteOfTheSameLengthChangesTheFingerprint() throws Exception {
        Path file = Files.writeString(directory.resolve("a.rplan.json"), "restore time 40m");
        FileFingerprint before = FileFingerprint.of(file).orElseThrow();

        Files.writeString(file, "restore time 45m");

        assertNotEquals(before, FileFingerprint.of(file).orElseThrow());
    }

    @Test
    void touchingAFileWithoutChangingItKeepsTheFingerprint() throws Exception {
        Path file = Files.writeString(directory.resolve("a.rplan.json"), "same");
        FileFingerprint before = FileFingerprint.of(file).orElseThrow();

        Files.setLastModifiedTime(file, FileTime.fromMillis(0));

        assertEquals(before, FileFingerprint.of(file).orElseThrow());
    }

    @Test
    void aMissingFileHasNoFingerprint() throws Exception {
        assertEquals(Optional.empty(), FileFingerprint.of(directory.resolve("gone.rplan.json")));
    }
}
