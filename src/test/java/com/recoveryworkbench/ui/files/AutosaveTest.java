package com.recoveryworkbench.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.edit.PlanDocument;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autosave without a window: the test runs the worker's queue and the timer's ticks itself. */
class AutosaveTest {
    @TempDir
    Path dir;

    private final Instant now = Instant.parse("2026-03-02T11:42:10Z");
    private final Queue<Runnable> worker = new ArrayDeque<>();
    private final Path original = Path.of("/plans/retail.rplan.json");
    private final PlanDocument document = new PlanDocument(Plan.empty("Retail platform"), original);
    private RecoveryFiles recoveries;
    private Autosave autosave;

    private void setUp() {
        recoveries = new RecoveryFiles(dir);
        autosave = new Autosave(document, recoveries, worker::add, Clock.fixed(now, ZoneOffset.UTC));
    }

    private void edit(String id) {
        document.apply("Add service", p -> p.withService(Service.builder(id, ServiceKind.APPLICATION).build()));
    }

    private void runWorker() {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
    }

    @Test
    void aCleanDocumentIsNotAutosaved() {
        setUp();

        autosave.tick();

        assertTrue(worker.isEmpty());
        assertEquals(List.of(), recoveries.find());
    }

    @Test
    void aDirtyDocumentIsWrittenOffTheFxThreadWithItsOriginalFile() throws Exception {
        setUp();
        edit("web");

        autosave.tick();
        assertEquals(List.of(), recoveries.find(), "nothing is written on the FX thread");
        runWorker();

        RecoveryFiles.Recovery recovery = recoveries.find().get(0);
        assertEquals(Optional.of(original), recovery.original());
        assertEquals(now, recovery.savedAt());
        assertEquals(document.getPlan(), recoveries.load(recovery).plan());
    }

    @Test
    void anUnchangedPlanIsNotWrittenAgainButTheNextEditIs() throws Exception {
        setUp();
        edit("web");
        autosave.tick();
        runWorker();

        autosave.tick();
        assertTrue(worker.isEmpty());

        edit("db");
        autosave.tick();
        runWorker();
        assertEquals(2, recoveries.load(recoveries.find().get(0)).plan().serviceCount());
    }

    @Test
    void aCleanSaveDeletesTheRecovery() {
        setUp();
        edit("web");
        autosave.tick();
        runWorker();

        document.markSaved(original);

        assertEquals(List.of(), recoveries.find());
    }

    @Test
    void saveAsDeletesTheRecoveryOfTheUntitledPlan() {
        document.replace(Plan.empty("Untitled plan"), null);
        setUp();
        edit("web");
        autosave.tick();
        runWorker();

        document.markSaved(dir.resolve("named.rplan.json"));

        assertEquals(List.of(), recoveries.find());
    }

    @Test
    void dontSaveDeletesTheRecovery() {
        setUp();
        edit("web");
        autosave.tick();
        runWorker();

        autosave.discarded();

        assertEquals(List.of(), recoveries.find());
    }

    @Test
    void anAutosaveInFlightWhenTheDocumentIsSavedDoesNotComeBack() {
        setUp();
        edit("web");
        autosave.tick();

        document.markSaved(original);
        runWorker();

        assertEquals(List.of(), recoveries.find());
    }
}
