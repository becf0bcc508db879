package com.recoveryworkbench.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryFilesTest {
    @TempDir
    Path dir;

    private final Plan retail = Plan.empty("Retail platform")
            .withService(Service.builder("web", ServiceKind.APPLICATION).build());
    private final Instant at = Instant.parse("2026-03-02T11:42:10Z");

    @Test
    void aWrittenRecoveryIsFoundWithItsOriginalFileAndTimeAndLoadsThePlan() throws Exception {
        RecoveryFiles recoveries = new RecoveryFiles(dir.resolve("recovery"));
        Path original = dir.resolve("retail.rplan.json");

        recoveries.write(retail, original, at);

        List<RecoveryFiles.Recovery> found = recoveries.find();
        assertEquals(1, found.size());
        assertEquals("Retail platform", found.get(0).planName());
        assertEquals(Optional.of(original), found.get(0).original());
        assertEquals(at, found.get(0).savedAt());
        assertEquals(retail, recoveries.load(found.get(0)).plan());
    }

    @Test
    void theQuestionNamesThePlanAndTheAutosaveTime() throws Exception {
        RecoveryFiles recoveries = new RecoveryFiles(dir);
        recoveries.write(retail, null, at);

        assertEquals("Recovery Workbench closed without saving 'Retail platform' — last autosaved 11:42:10. Restore it?",
                recoveries.find().get(0).question(ZoneOffset.UTC));
    }

    @Test
    void eachDocumentHasItsOwnRecoveryNewestFirst() throws Exception {
        RecoveryFiles recoveries = new RecoveryFiles(dir);
        recoveries.write(retail, null, at);
        recoveries.write(retail.withName("Bank"), dir.resolve("bank.rplan.json"), at.plusSeconds(30));
        recoveries.write(retail.withName("Retail platform v2"), null, at.plusSeconds(1));

        assertEquals(List.of("Bank", "Retail platform v2"),
                recoveries.find().stream().map(RecoveryFiles.Recovery::planName).toList());
        assertNotEquals(RecoveryFiles.keyOf(dir.resolve("a.rplan.json")), RecoveryFiles.keyOf(dir.resolve("b.rplan.json")));
    }

    @Test
    void deletingRemovesOnlyThatDocumentsRecovery() throws Exception {
        RecoveryFiles recoveries = new RecoveryFiles(dir);
        recoveries.write(retail, null, at);
        recoveries.write(retail.withName("Bank"), dir.resolve("bank.rplan.json"), at);

        recoveries.delete(null);

        assertEquals(List.of("Bank"), recoveries.find().stream().map(RecoveryFiles.Recovery::planName).toList());
        assertEquals(2, Files.list(dir).count());
    }

    @Test
    void aDamagedSidecarOrAMissingFolderIsNoRecovery() throws Exception {
        assertEquals(List.of(), new RecoveryFiles(dir.resolve("never-created")).find());
        Files.writeString(dir.resolve("untitled.recovery.json"), "{ not json");
        Files.writeString(dir.resolve("untitled.rplan.json"), "{}");

        assertEquals(List.of(), new RecoveryFiles(dir).find());
    }
}
