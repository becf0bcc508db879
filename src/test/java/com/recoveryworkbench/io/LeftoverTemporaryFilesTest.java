package com.recoveryworkbench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed save leaves behind is cleaned by the next save of the same file, and only that. */
class LeftoverTemporaryFilesTest {
    @TempDir
    Path dir;

    @Test
    void theNextWriteRemovesAbandonedTemporaryFilesOfItsTargetOnly() throws IOException {
        Path target = dir.resolve("shop.rplan.json");
        Path abandoned = old(dir.resolve(".shop.rplan.json.3k9x0a1b2c.tmp"));
        Path fresh = dir.resolve(".shop.rplan.json.zz1.tmp");
        Files.writeString(fresh, "a save in progress elsewhere");
        Path otherPlans = old(dir.resolve(".other.rplan.json.3k9x0a1b2c.tmp"));
        Path notOurs = old(dir.resolve(".shop.rplan.json.not-random.tmp"));

        new AtomicFileWriter().write("{}".getBytes(StandardCharsets.UTF_8), target);

        assertFalse(Files.exists(abandoned));
        assertTrue(Files.exists(fresh), "touched within the last minute: maybe still being written");
        assertTrue(Files.exists(otherPlans));
        assertTrue(Files.exists(notOurs));
        assertEquals("{}", Files.readString(target));
    }

    @Test
    void aCopyStreamsAnyContentWhole() throws IOException {
        byte[] content = new byte[5 * 1024 * 1024 + 17];
        new Random(7).nextBytes(content);
        Path source = Files.write(dir.resolve("big.bin"), content);
        Path target = Files.writeString(dir.resolve("copy.bin"), "old");

        new AtomicFileWriter().copy(source, target);

        assertArrayEquals(content, Files.readAllBytes(target));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file is left");
        }
    }

    private static Path old(Path file) throws IOException {
        Files.writeString(file, "left by a killed save");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        return file;
    }
}
