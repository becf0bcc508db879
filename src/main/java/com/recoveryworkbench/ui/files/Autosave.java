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
 * or another plan opened) or its changes are {@link #discarded()}, the recovery is deleted on the
 * worker, after any autosave already handed to it, and an autosave still in flight is dropped rather
 * than bringing it back. A failed autosave is retried at the next tick; it never interrupts the person.
 * <p>
 * The {@code worker} must run tasks one at a time in the order given (a single thread): that order is
 * what lets a delete follow the write it undoes without the FX thread ever waiting for the disk.
 */
public final class Autosave {
    /** How often the window autosaves a dirty document. */
    public static final Duration INTERVAL = Duration.ofSeconds(30);

    private final PlanDocument document;
    private final RecoveryFiles recoveries;
    private final Executor worker;
    private final Clock clock;
    // Guards the generation and what was written; held for a few field reads and writes only, never
    // across disk work, so the FX thread taking it never waits for a write.
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

    /**
     * Runs {@code then} on the worker once every write and delete handed to it so far is done; the
     * window quits through it, so a recovery deleted by the last save does not outlive the program.
     */
    public void afterPendingWork(Runnable then) {
        worker.execute(Objects.requireNonNull(then, "then"));
    }

    private void write(Plan plan, Path original, long revision, long startedIn) {
        if (!isCurrent(startedIn)) {
            return;
        }
        try {
            recoveries.write(plan, original, clock.instant());
        } catch (IOException | RuntimeException e) {
            // Left for the next tick: autosave is a safety net and must never get in the way.
            return;
        }
        synchronized (lock) {
            // A write overtaken by a clean document is deleted right behind it: its revision is not autosaved.
            if (generation == startedIn) {
                autosavedRevision = revision;
            }
        }
    }

    private boolean isCurrent(long startedIn) {
        synchronized (lock) {
            return generation == startedIn;
        }
    }

    /** FX thread: drops autosaves in flight at once and queues the delete behind them on the worker. */
    private void deleteRecovery() {
        Path current = document.getFile();
        Path previous;
        boolean renamed;
        synchronized (lock) {
            generation++;
            autosavedRevision = -1;
            previous = lastOriginal;
            renamed = wrote && !Objects.equals(previous, current);
            wrote = false;
        }
        worker.execute(() -> delete(current, renamed, previous));
    }

    /**
     * Worker: the recovery of {@code current} and, when the plan was saved under another file than the
     * one it was autosaved for ({@code renamed}), the recovery of {@code previous} (null: untitled).
     */
    private void delete(Path current, boolean renamed, Path previous) {
        try {
            recoveries.delete(current);
            if (renamed) {
                recoveries.delete(previous);
            }
        } catch (IOException e) {
            // A recovery left behind is only offered again at the next start; nothing is lost.
        }
    }
}
