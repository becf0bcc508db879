package com.recoveryworkbench.ui.edit;

import com.recoveryworkbench.model.Plan;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The open document: the current plan, the file it belongs to, its undo history and whether it has
 * unsaved changes. FX thread only; the plan it hands out is immutable and may be passed to other
 * threads.
 *
 * <p>Every change goes through {@link #apply} (one undoable step) or, for gestures such as a drag,
 * through {@link #preview} while the mouse moves and {@link #commitPreview} on release, which
 * records the whole gesture as one step. {@code revision} grows with every change of the plan,
 * including undo and redo, so background results can be matched to the plan they were made from.
 * "Dirty" means the current plan is not the one last loaded or saved: undoing back to it is clean.
 */
public final class PlanDocument {
    private final UndoHistory history = new UndoHistory();
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private Plan savedPlan;
    private Plan previewBase;
    private boolean changing;

    public PlanDocument(Plan initial, Path file) {
        replace(initial, file);
    }

    /** Starts over with another plan (new, open, import): clears the history; the plan counts as saved. */
    public void replace(Plan newPlan, Path newFile) {
        previewBase = null;
        history.clear();
        savedPlan = Objects.requireNonNull(newPlan, "plan");
        file.set(newFile);
        setPlan(newPlan);
    }

    /**
     * Puts back a plan recovered after a crash: like {@link #replace} but unsaved, bound to
     * {@code originalFile} (may be {@code null}) so Save writes it there.
     */
    public void restoreUnsaved(Plan recovered, Path originalFile) {
        replace(recovered, originalFile);
        savedPlan = null;
        dirty.set(true);
    }

    /**
     * Applies one undoable change. Returns {@code false}, recording nothing, when the change leaves the
     * plan as it was.
     *
     * @throws IllegalArgumentException from the change when it is invalid; the plan is then unchanged
     * @throws IllegalStateException when called from a listener while another change is being published
     */
    public boolean apply(String description, UnaryOperator<Plan> change) {
        requireNotPublishing();
        finishPreviewIfAny();
        Plan before = plan.get();
        Plan after = change.apply(before);
        if (after == null || after.equals(before)) {
            return false;
        }
        history.push(new PlanChange(description, before, after));
        setPlan(after);
        return true;
    }

    /** Shows an intermediate plan during a gesture without recording it; the first call remembers where it began. */
    public void preview(Plan intermediate) {
        if (previewBase == null) {
            previewBase = plan.get();
        }
        setPlan(Objects.requireNonNull(intermediate));
    }

    /** Records the whole gesture since the first {@link #preview} as one step (nothing when it changed nothing). */
    public void commitPreview(String description) {
        if (previewBase == null) {
            return;
        }
        Plan before = previewBase;
        previewBase = null;
        if (!plan.get().equals(before)) {
            history.push(new PlanChange(description, before, plan.get()));
        } else {
            setPlan(before);
        }
    }

    /** Puts back the plan the gesture started from (Escape during a drag). */
    public void cancelPreview() {
        if (previewBase != null) {
            Plan before = previewBase;
            previewBase = null;
            setPlan(before);
        }
    }

    private void requireNotPublishing() {
        if (changing) {
            throw new IllegalStateException("a plan change was started while another one was being published");
        }
    }

    private void finishPreviewIfAny() {
        if (previewBase != null) {
            cancelPreview();
        }
    }

    public void undo() {
        requireNotPublishing();
        finishPreviewIfAny();
        PlanChange change = history.popUndo();
        if (change != null) {
            setPlan(change.before());
        }
    }

    public void redo() {
        requireNotPublishing();
        finishPreviewIfAny();
        PlanChange change = history.popRedo();
        if (change != null) {
            setPlan(change.after());
        }
    }

    /** Called after the current plan was written to {@code savedTo}: the document becomes clean. */
    public void markSaved(Path savedTo) {
        savedPlan = plan.get();
        file.set(savedTo);
        dirty.set(false);
    }

    private void setPlan(Plan newPlan) {
        requireNotPublishing();
        changing = true;
        try {
            revision.set(revision.get() + 1);
            plan.set(newPlan);
            dirty.set(newPlan != savedPlan);
        } finally {
            changing = false;
        }
    }

    public Plan getPlan() {
        return plan.get();
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public Path getFile() {
        return file.get();
    }

    /** The file the plan was loaded from or last saved to; {@code null} for a new plan. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public long getRevision() {
        return revision.get();
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public UndoHistory history() {
        return history;
    }
}
