package com.recoveryworkbench.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.edit.PlanDocument;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Autosave without a window: the test runs the worker's queue and the timer's ticks itself, except where
 * a real worker thread holds a write.
 */
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
        assertEquals(1, recoveries.find().size(), "the delete is the worker's, not the FX thread's");
        runWorker();

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
        assertEquals(1, recoveries.find().size(), "the delete is the worker's, not the FX thread's");
        runWorker();

        assertEquals(List.of(), recoveries.find());
    }

    @Test
    void dontSaveDeletesTheRecovery() {
        setUp();
        edit("web");
        autosave.tick();
        runWorker();

        autosave.discarded();
        assertEquals(1, recoveries.find().size(), "the delete is the worker's, not the FX thread's");
        runWorker();

        assertEquals(List.of(), recoveries.find());
    }

    @Test
    void aSaveDoesNotWaitForAnAutosaveBeingWrittenAndItsRecoveryIsDeletedAfterIt() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch finishWrite = new CountDownLatch(1);
        ExecutorService diskWorker = Executors.newSingleThreadExecutor();
        recoveries = new RecoveryFiles(dir);
        autosave = new Autosave(document, recoveries, diskWorker, new HeldClock(writing, finishWrite));
        edit("web");
        autosave.tick();
        assertTrue(writing.await(10, TimeUnit.SECONDS), "the autosave started writing");
        // Stands in for the FX thread, so a save that waits for the write can be seen waiting.
        Thread fx = new Thread(() -> document.markSaved(original), "fx");
        try {
            fx.start();
            fx.join(TimeUnit.SECONDS.toMillis(10));
            assertFalse(fx.isAlive(), "the save waited for the autosave write on the FX thread");
        } finally {
            finishWrite.countDown();
            fx.join();
        }
        CountDownLatch settled = new CountDownLatch(1);
        autosave.afterPendingWork(settled::countDown);
        assertTrue(settled.await(10, TimeUnit.SECONDS), "the worker finished");
        diskWorker.shutdown();

        assertEquals(List.of(), recoveries.find(), "the recovery written during the save outlived it");
    }

    /** A clock for the worker whose first reading, taken inside the write, waits until the test lets it go. */
    private final class HeldClock extends Clock {
        private final CountDownLatch writing;
        private final CountDownLatch finishWrite;

        HeldClock(CountDownLatch writing, CountDownLatch finishWrite) {
            this.writing = writing;
            this.finishWrite = finishWrite;
        }

        @Override
        public Instant instant() {
            writing.countDown();
            try {
                finishWrite.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
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
