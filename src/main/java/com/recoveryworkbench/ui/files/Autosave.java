package com.recoveryworkbench.ui.files;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.ui.edit.PlanDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Writes the open document to its {@link RecoveryFiles recovery} while it has unsaved changes, so a
 * crash loses at most one {@link #INTERVAL}. {@link #tick()} (FX thread) takes a snapshot when the
 * plan changed since the last autosave and hands the write to the {@code worker}; the window calls
 * it every interval through {@link #start}, tests directly. When the document becomes clean (saved,
 * or another plan opened) or its changes are {@link #discarded()}, the recovery is deleted at once,
 * and an autosave still in flight is dropped rather than bringing it back. A failed autosave is
 * retried at the next tick; it never interrupts the person.
 */
public final class Autosave {
    /** How often the window autosaves a dirty document. */
    public static final Duration INTERVAL = Duration.ofSeconds(30);

    private final PlanDocument document;
    private final RecoveryFiles recoveries;
    private final Executor worker;
    private final Clock clock;
    // Guards the files and the generation: a delete and a write of one document never interleave.
    private final Object lock = new Object();
    private long generation;
    private volatile long autosavedRevision = -1;
    private boolean wrote;
    private Path lastOriginal;

    public Autosave(PlanDocument document, RecoveryFiles recoveries, Executor worker, Clock clock) {
        this.document = Objects.requireNonNull(document, "document");
        this.recoveries = Objects.requireNonNull(recoveries, "recoveries");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.clock = Objects.requireNonNull(clock, "clock");
        document.dirtyProperty().addListener((observable, was, dirty) -> {
            if (!dirty) {
                deleteRecovery();
            }
        });
    }

    /** Calls {@link #tick()} through {@code fx} every {@code interval} on {@code scheduler}. */
    public void start(ScheduledExecutorService scheduler, Executor fx, Duration interval) {
        long millis = interval.toMillis();
        scheduler.scheduleWithFixedDelay(() -> fx.execute(this::tick), millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Autosaves now if the document has changes not yet autosaved. FX thread. */
    public void tick() {
        long revision = document.getRevision();
        if (!document.isDirty() || revision == autosavedRevision) {
            return;
        }
        Plan plan = document.getPlan();
        Path original = document.getFile();
        long startedIn;
        synchronized (lock) {
            startedIn = generation;
            wrote = true;
            lastOriginal = original;
        }
        worker.execute(() -> write(plan, original, revision, startedIn));
    }

    /** The person chose "Don't Save": the unsaved changes are meant to be lost. FX thread. */
    public void discarded() {
        deleteRecovery();
    }

    private void write(Plan plan, Path original, long revision, long startedIn) {
        synchronized (lock) {
            if (generation != startedIn) {
                return;
            }
            try {
                recoveries.write(plan, original, clock.instant());
                autosavedRevision = revision;
            } catch (IOException | RuntimeException e) {
                // Left for the next tick: autosave is a safety net and must never get in the way.
            }
        }
    }

    private void deleteRecovery() {
        Path current = document.getFile();
        synchronized (lock) {
            generation++;
            autosavedRevision = -1;
            try {
                recoveries.delete(current);
                if (wrote && !Objects.equals(lastOriginal, current)) {
                    recoveries.delete(lastOriginal);
                }
                wrote = false;
            } catch (IOException e) {
                // A recovery left behind is only offered again at the next start; nothing is lost.
            }
        }
    }
}
