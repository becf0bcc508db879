package com.recoveryworkbench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.testplans.TestPlans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupOnSaveTest {
    private static final byte[] OLD = "the plan as it was\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    private final Plan plan = TestPlans.retail();

    @Test
    void theBackupIsNamedAfterTheFileWithBak() {
        assertEquals(directory.resolve("retail.rplan.json.bak"),
                PlanWriter.backupOf(directory.resolve("retail.rplan.json")));
    }

    @Test
    void aFirstSaveMakesNoBackup() throws Exception {
        Path target = directory.resolve("retail.rplan.json");

        new PlanWriter().save(plan, target);

        assertEquals(List.of(target), filesIn(directory));
    }

    @Test
    void savingOverAFileKeepsThePreviousVersionAsBak() throws Exception {
        Path target = directory.resolve("retail.rplan.json");
        Files.write(target, OLD);

        SavedPlan saved = new PlanWriter().save(plan, target);

        assertEquals(Optional.empty(), saved.backupProblem());
        assertEquals(FileFingerprint.of(target).orElseThrow(), saved.written());
        assertEquals(new PlanWriter().toJson(plan), Files.readString(target));
        assertArrayEquals(OLD, Files.readAllBytes(directory.resolve("retail.rplan.json.bak")));
        assertEquals(List.of(target, directory.resolve("retail.rplan.json.bak")), filesIn(directory));
    }

    @Test
    void eachSaveReplacesTheBackupWithTheVersionItOverwrote() throws Exception {
        Path target = directory.resolve("retail.rplan.json");
        Files.write(target, OLD);
        Plan renamed = plan.withName("Retail v2");

        new PlanWriter().save(plan, target);
        new PlanWriter().save(renamed, target);

        assertEquals(new PlanWriter().toJson(renamed), Files.readString(target));
        assertEquals(new PlanWriter().toJson(plan), Files.readString(PlanWriter.backupOf(target)));
    }

    @Test
    void aBackupThatCannotBeWrittenDoesNotStopTheSave() throws Exception {
        Path target = directory.resolve("retail.rplan.json");
        Files.write(target, OLD);
        // A directory where the backup should go: the backup fails, the plan must still be saved.
        Files.createDirectory(PlanWriter.backupOf(target));

        SavedPlan saved = new PlanWriter().save(plan, target);

        assertEquals(new PlanWriter().toJson(plan), Files.readString(target));
        assertEquals(List.of(target, PlanWriter.backupOf(target)), filesIn(directory));
        assertTrue(saved.backupProblem().orElseThrow().startsWith(
                "The previous version could not be kept as retail.rplan.json.bak: "), saved.backupProblem()::get);
    }

    @Test
    void aFailedSaveLeavesTheOldFileAndABackupEqualToIt() throws Exception {
        Path target = directory.resolve("retail.rplan.json");
        Files.write(target, OLD);
        int[] moves = {0};
        PlanWriter failsOnTheSecondMove = new PlanWriter(new AtomicFileWriter((source, dest, options) -> {
            if (++moves[0] == 2) {
                throw new IOException("device is full");
            }
            Files.move(source, dest, options);
        }));

        assertThrows(IOException.class, () -> failsOnTheSecondMove.save(plan, target));

        assertArrayEquals(OLD, Files.readAllBytes(target));
        assertArrayEquals(OLD, Files.readAllBytes(PlanWriter.backupOf(target)));
        assertEquals(List.of(target, PlanWriter.backupOf(target)), filesIn(directory));
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }
}
