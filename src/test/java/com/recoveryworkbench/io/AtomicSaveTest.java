package com.recoveryworkbench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.testplans.TestPlans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicSaveTest {
    private static final byte[] OLD = "the plan as it was\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    private final Plan plan = TestPlans.retail();

    @Test
    void savesANewFileAndLeavesNothingElseBehind() throws Exception {
        Path target = directory.resolve("retail.rplan.json");

        new PlanWriter().save(plan, target);

        assertArrayEquals(new PlanWriter().toJson(plan).getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
        assertEquals(List.of(target), filesIn(directory));
    }

    @Test
    void replacesAnExistingFileKeepingItsPermissions() throws Exception {
        Path target = directory.resolve("retail.rplan.json");
        Files.write(target, OLD);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

        new PlanWriter().save(plan, target);

        assertEquals(new PlanWriter().toJson(plan), Files.readString(target));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void aFailedMoveLeavesTheOldFileAndRemovesTheTemporaryOne() throws Exception {
        Path target = directory.resolve("retail.rplan.json");
        Files.write(target, OLD);
        PlanWriter failing = new PlanWriter(new AtomicFileWriter((source, dest, options) -> {
            throw new IOException("device is full");
        }));

        IOException e = assertThrows(IOException.class, () -> failing.save(plan, target));

        assertArrayEquals(OLD, Files.readAllBytes(target));
        assertEquals(List.of(target), filesIn(directory));
        assertTrue(e.getMessage().startsWith("cannot save to " + target + ": cannot replace it with .retail.rplan.json."),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(".tmp: device is full"), e.getMessage());
    }

    @Test
    void fallsBackToAPlainReplaceWhereMovesCannotBeAtomic() throws Exception {
        Path target = directory.resolve("retail.rplan.json");
        Files.write(target, OLD);
        List<List<CopyOption>> attempts = new ArrayList<>();
        PlanWriter onANetworkShare = new PlanWriter(new AtomicFileWriter((source, dest, options) -> {
            attempts.add(Arrays.asList(options));
            if (attempts.get(attempts.size() - 1).contains(StandardCopyOption.ATOMIC_MOVE)) {
                throw new AtomicMoveNotSupportedException(source.toString(), dest.toString(), "not here");
            }
            Files.move(source, dest, options);
        }));

        onANetworkShare.save(plan, target);

        assertEquals(new PlanWriter().toJson(plan), Files.readString(target));
        // Twice each: once for the backup of the old file, once for the plan itself.
        List<CopyOption> atomic = List.of(StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        List<CopyOption> plain = List.of(StandardCopyOption.REPLACE_EXISTING);
        assertEquals(List.of(atomic, plain, atomic, plain), attempts);
        assertEquals(List.of(target, PlanWriter.backupOf(target)), filesIn(directory));
    }

    @Test
    void refusesToReplaceADirectory() throws Exception {
        Path target = Files.createDirectory(directory.resolve("retail.rplan.json"));

        IOException e = assertThrows(IOException.class, () -> new PlanWriter().save(plan, target));

        assertEquals("cannot save to " + target + ": it is a directory", e.getMessage());
        assertTrue(Files.isDirectory(target));
        assertEquals(List.of(target), filesIn(directory));
    }

    @Test
    void saysWhereWhenTheFolderDoesNotExist() {
        Path folder = directory.resolve("gone");
        Path target = folder.resolve("retail.rplan.json");

        IOException e = assertThrows(IOException.class, () -> new PlanWriter().save(plan, target));

        assertTrue(e.getMessage().startsWith("cannot save to " + target + ": cannot write a temporary file in "
                + folder + ": no such file or directory"), e.getMessage());
    }

    @Test
    void saysWhereWhenTheFolderIsAFile() throws Exception {
        Path notAFolder = directory.resolve("notes.txt");
        Files.write(notAFolder, OLD);
        Path target = notAFolder.resolve("retail.rplan.json");

        IOException e = assertThrows(IOException.class, () -> new PlanWriter().save(plan, target));

        assertTrue(e.getMessage().startsWith("cannot save to " + target + ": cannot write a temporary file in "
                + notAFolder), e.getMessage());
        assertArrayEquals(OLD, Files.readAllBytes(notAFolder));
        assertEquals(List.of(notAFolder), filesIn(directory));
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }
}
