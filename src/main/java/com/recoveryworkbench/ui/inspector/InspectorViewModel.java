package com.recoveryworkbench.ui.inspector;

import com.recoveryworkbench.analysis.drill.DrillAnalyses;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.state.Selection;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the inspector shows and edits, following the selection: one service (its editors and computed
 * result), several services (what they can share), one dependency, or, with nothing selected, the
 * plan. Refreshes from every new plan without clobbering a field being typed in; when the selection
 * moves on, valid edits still pending are applied to what was shown before. FX thread only.
 */
public final class InspectorViewModel {
    /** Which editor the inspector shows. */
    public enum Mode { PLAN, SERVICE, SERVICES, DEPENDENCY }

    private final WorkbenchState workbench;
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.PLAN);
    private final PlanEditorModel plan;
    private final ServiceEditorModel service;
    private final ProtectionEditorModel protection;
    private final MultiServiceEditorModel services;
    private final DependencyEditorModel dependency;
    private final ServiceResultModel result = new ServiceResultModel();
    private Shown shown;
    /** True while edits pending on what was shown are applied because the selection moved on. */
    private boolean movingOn;

    /** What exactly is shown, so a refresh can tell "same thing, new plan" from "something else". */
    private record Shown(Mode mode, Object what) {
    }

    public InspectorViewModel(WorkbenchState workbench) {
        this.workbench = workbench;
        plan = new PlanEditorModel(workbench.document());
        service = new ServiceEditorModel(workbench.document(), this::idChanged);
        protection = new ProtectionEditorModel(workbench.document());
        services = new MultiServiceEditorModel(workbench.document());
        dependency = new DependencyEditorModel(workbench.document());
        workbench.document().planProperty().addListener((obs, old, now) -> refresh());
        workbench.selection().servicesProperty().addListener((obs, old, now) -> selectionChanged());
        workbench.selection().dependencyProperty().addListener((obs, old, now) -> selectionChanged());
        workbench.liveAnalysis().analysisProperty().addListener((obs, old, now) -> showResult());
        workbench.liveAnalysis().bothBasesProperty().addListener((obs, old, now) -> showResult());
        workbench.uncertainty().currentProperty().addListener((obs, old, now) -> showResult());
        refresh();
    }

    /**
     * The shown service got a new id: the plan change dropped the old one from the selection, so the
     * service is selected again, unless the id was committed because the user selected something else.
     */
    private void idChanged(String newId) {
        if (!movingOn) {
            workbench.selection().selectService(newId);
        }
    }

    private void selectionChanged() {
        if (movingOn) {
            return;
        }
        movingOn = true;
        try {
            commitPending();
        } finally {
            movingOn = false;
        }
        refresh();
    }

    /**
     * Applies valid pending edits to what was shown, but only while it still exists: a selection that
     * shrank because the plan lost services comes from inside a plan change, where nothing may be applied.
     */
    private void commitPending() {
        Plan current = workbench.document().getPlan();
        switch (mode.get()) {
            case PLAN -> plan.commitPending();
            case SERVICE -> {
                if (current.hasService(service.idProperty().get())) {
                    service.commitPending();
                    protection.commitPending();
                }
            }
            case SERVICES -> {
                if (services.targets().stream().allMatch(current::hasService)) {
                    services.commitPending();
                }
            }
            case DEPENDENCY -> {
                // a dependency has only choices, and they apply at once
            }
        }
    }

    private void refresh() {
        Plan current = workbench.document().getPlan();
        Selection selection = workbench.selection();
        Dependency d = selection.getDependency();
        Optional<Dependency> shownDependency = d == null ? Optional.empty() : current.dependency(d.from(), d.to());
        Set<String> ids = selection.getServices();
        Optional<Service> single = ids.size() == 1 ? current.service(ids.iterator().next()) : Optional.empty();
        if (shownDependency.isPresent()) {
            show(Mode.DEPENDENCY, List.of(d.from(), d.to()));
            dependency.show(current, shownDependency.get());
        } else if (single.isPresent()) {
            boolean reset = show(Mode.SERVICE, single.get().id());
            service.show(current, single.get(), reset);
            protection.show(single.get(), reset);
            showResult();
        } else if (ids.size() > 1) {
            boolean reset = show(Mode.SERVICES, List.copyOf(ids));
            services.show(current, ids, reset);
        } else {
            plan.show(show(Mode.PLAN, ""));
        }
    }

    /** Switches to {@code next} showing {@code key}; true when that is something else than before. */
    private boolean show(Mode next, Object what) {
        Shown now = new Shown(next, what);
        boolean changed = !now.equals(shown);
        shown = now;
        mode.set(next);
        return changed;
    }

    private void showResult() {
        if (mode.get() == Mode.SERVICE) {
            result.show(workbench.document().getPlan(), workbench.liveAnalysis().getAnalysis(),
                    service.idProperty().get());
            DrillAnalyses both = workbench.liveAnalysis().getBothBases();
            result.showEvidence(both == null ? null : both.view(), service.idProperty().get(),
                    Scenario.TOTAL_ID.equals(workbench.currentScenarioProperty().get()));
            result.showUncertainty(workbench.uncertainty().getCurrent(), workbench.liveAnalysis().getAnalysis(),
                    service.idProperty().get());
        }
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public PlanEditorModel plan() {
        return plan;
    }

    public ServiceEditorModel service() {
        return service;
    }

    public ProtectionEditorModel protection() {
        return protection;
    }

    public MultiServiceEditorModel services() {
        return services;
    }

    public DependencyEditorModel dependency() {
        return dependency;
    }

    public ServiceResultModel result() {
        return result;
    }
}
