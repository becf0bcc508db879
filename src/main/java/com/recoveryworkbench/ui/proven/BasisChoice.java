package com.recoveryworkbench.ui.proven;

import com.recoveryworkbench.analysis.drill.Basis;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The state behind every Planned | Proven switch of the window: the basis every view shows (the shared
 * state's), whether choosing Proven makes sense (only once the plan has a drill: without one the
 * proven times are the planned ones) and the sentence that says so. A plan that loses its last drill,
 * or another plan opened without any, goes back to Planned, so nobody reads planned times under a
 * "Proven" label. FX thread only; holds no node.
 */
public final class BasisChoice {
    /** Why the switch is greyed out. */
    public static final String NO_DRILLS = "No drill results yet: add one in the Drills tab";
    /** What the switch does, when it can. */
    public static final String EXPLAINED = "Planned: the restore times the plan claims. "
            + "Proven: the times its drills measured (planned where a service was never measured).";

    private final WorkbenchState workbench;
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", NO_DRILLS);

    public BasisChoice(WorkbenchState workbench) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        workbench.document().planProperty().addListener((obs, old, plan) -> follow(plan));
        follow(workbench.document().getPlan());
    }

    private void follow(Plan plan) {
        boolean drilled = !plan.drills().isEmpty();
        available.set(drilled);
        explanation.set(drilled ? EXPLAINED : NO_DRILLS);
        if (!drilled) {
            basisProperty().set(Basis.PLANNED);
        }
    }

    /** The basis every view shows; setting it switches them all. */
    public ObjectProperty<Basis> basisProperty() {
        return workbench.basisProperty();
    }

    /** Whether the plan has a drill, so Proven can be chosen. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** The switch's tooltip: what it does, or {@link #NO_DRILLS} while it cannot. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** Planned to Proven and back (the menu's shortcut); does nothing while Proven is not available. */
    public void toggle() {
        if (available.get()) {
            basisProperty().set(basisProperty().get() == Basis.PROVEN ? Basis.PLANNED : Basis.PROVEN);
        }
    }
}
