package com.recoveryworkbench.ui.fixfirst;

import com.recoveryworkbench.analysis.advice.Advice;
import com.recoveryworkbench.analysis.advice.Candidate;
import com.recoveryworkbench.analysis.advice.Outcome;
import com.recoveryworkbench.analysis.advice.ServiceSensitivity;
import com.recoveryworkbench.io.export.AdviceSentences;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Fix first panel's state: the ranked candidates of the open plan in the current scenario (or in
 * every scenario), the sensitivity of its lateness, and the what-ifs pinned so far.
 *
 * <p>While the panel is {@linkplain #activeProperty() active} (shown), every new plan, scenario switch or
 * change of scope asks for new advice, computed on the worker, latest wins ({@link AdviceRunner}), and
 * then for the sensitivity, which follows ({@link #weighingProperty()} meanwhile);
 * {@link #workingProperty()} is true until the newest arrives, and until then the candidates shown are
 * those of an older plan, which {@link #tryIt} refuses to apply. A hidden panel computes nothing and
 * catches up when shown. FX thread only; tests pass {@code Runnable::run} for both executors.
 */
public final class FixFirstModel {
    /** How many fixes the panel lists; the policy decisions come after them, all of them. */
    static final int SHOWN_FIXES = 10;

    private final WorkbenchState workbench;
    private final AdviceRunner runner;
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final ReadOnlyBooleanWrapper current = new ReadOnlyBooleanWrapper(this, "current");
    private final ReadOnlyBooleanWrapper weighing = new ReadOnlyBooleanWrapper(this, "weighing");
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper(this, "header", "Not advised yet");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty allScenarios = new SimpleBooleanProperty(this, "allScenarios");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ObjectProperty<CandidateRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<CandidateRow> fixes = FXCollections.observableArrayList();
    private final ObservableList<CandidateRow> policies = FXCollections.observableArrayList();
    private final ObservableList<SensitivityBar> sensitivity = FXCollections.observableArrayList();
    private final ObservableList<WhatIf> whatIfs = FXCollections.observableArrayList();
    private final ObservableList<CandidateRow> readOnlyFixes = FXCollections.unmodifiableObservableList(fixes);
    private final ObservableList<CandidateRow> readOnlyPolicies = FXCollections.unmodifiableObservableList(policies);
    private final ObservableList<SensitivityBar> readOnlySensitivity =
            FXCollections.unmodifiableObservableList(sensitivity);
    private final ObservableList<WhatIf> readOnlyWhatIfs = FXCollections.unmodifiableObservableList(whatIfs);
    private AdviceRunner.Request asked;
    private int pinned;

    public FixFirstModel(WorkbenchState workbench, Executor worker, Executor fx) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        runner = new AdviceRunner(worker, fx);
        runner.setOnAdvice(this::show);
        runner.setOnSensitivity(this::showSensitivity);
        runner.setOnFailure(this::fail);
        workbench.document().planProperty().addListener((obs, old, plan) -> refresh());
        workbench.currentScenarioProperty().addListener((obs, old, id) -> refresh());
        allScenarios.addListener((obs, old, all) -> refresh());
        active.addListener((obs, was, shown) -> refresh());
    }

    /** Asks for advice on what the window shows now, unless the panel is hidden or it was asked already. */
    private void refresh() {
        Plan plan = workbench.document().getPlan();
        List<Scenario> scenarios = scenarios(plan);
        boolean askedAlready = asked != null && asked.plan() == plan && asked.scenarios().equals(scenarios);
        current.set(askedAlready && !working.get());
        if (!active.get() || askedAlready) {
            return;
        }
        asked = new AdviceRunner.Request(plan, scenarios);
        working.set(true);
        runner.submit(asked);
    }

    private List<Scenario> scenarios(Plan plan) {
        if (allScenarios.get()) {
            return plan.scenarios();
        }
        return List.of(plan.scenario(workbench.currentScenarioProperty().get()).orElse(plan.totalScenario()));
    }

    private void show(AdviceRunner.Request request, Advice advice) {
        Plan plan = request.plan();
        List<CandidateRow> fixRows = new ArrayList<>();
        List<CandidateRow> policyRows = new ArrayList<>();
        List<Candidate> candidates = advice.candidates();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.change().isPolicy()) {
                policyRows.add(CandidateText.row(i + 1, c, plan));
            } else if (fixRows.size() < SHOWN_FIXES) {
                fixRows.add(CandidateText.row(i + 1, c, plan));
            }
        }
        CandidateRow wasSelected = selected.get();
        selected.set(null);
        fixes.setAll(fixRows);
        policies.setAll(policyRows);
        sensitivity.clear();
        weighing.set(true);
        header.set(scope(request.scenarios()) + ": " + AdviceSentences.outcome(advice.before(), plan));
        message.set(candidates.isEmpty() ? emptyMessage(advice.before()) : "");
        working.set(false);
        current.set(true);
        if (wasSelected != null) {
            fixRows.stream().filter(r -> r.candidate().change().equals(wasSelected.candidate().change()))
                    .findFirst().ifPresent(selected::set);
        }
    }

    private void showSensitivity(AdviceRunner.Request request, List<ServiceSensitivity> weights) {
        Plan plan = request.plan();
        sensitivity.setAll(weights.stream().filter(s -> s.lateMinutesPerMinute() > 0)
                .map(s -> new SensitivityBar(s.service(), plan.service(s.service()).map(Service::name)
                        .orElse(s.service()), s.lateMinutesPerMinute()))
                .toList());
        weighing.set(false);
    }

    private static String scope(List<Scenario> scenarios) {
        return scenarios.size() == 1 ? scenarios.get(0).name() : "All " + scenarios.size() + " scenarios";
    }

    /** Why there is nothing to list. */
    static String emptyMessage(Outcome before) {
        if (before.misses() == 0) {
            return "Every service meets its targets: nothing to fix.";
        }
        if (before.latenessSeconds() == 0) {
            return before.misses() == 1
                    ? "Every service is back within its RTO target. The one miss left is of its RPO target: better"
                            + " data protection clears it, which fix first does not try."
                    : "Every service is back within its RTO target. The " + before.misses() + " misses left are of"
                            + " RPO targets: better data protection clears them, which fix first does not try.";
        }
        return "No single change tried clears a miss or removes lateness without making something else worse.";
    }

    private void fail(RuntimeException error) {
        fixes.clear();
        policies.clear();
        sensitivity.clear();
        weighing.set(false);
        selected.set(null);
        header.set("Fix first");
        message.set("Cannot advise on this plan: " + error.getMessage());
        working.set(false);
    }

    /**
     * Applies the candidate's change to the open plan as one undoable edit named after it ("Undo Restore
     * Legacy order DB in 8m (now 40m)"). Refused (false, nothing changes) when the open plan is no longer
     * the one the candidate was measured on.
     */
    public boolean tryIt(CandidateRow row) {
        if (!row.basis().equals(workbench.document().getPlan())) {
            return false;
        }
        return workbench.document().apply(row.change(), row.candidate().change()::applyTo);
    }

    /** Keeps the plan with the candidate's change made as a what-if named after it; the open plan is untouched. */
    public WhatIf pin(CandidateRow row) {
        WhatIf whatIf = new WhatIf(++pinned, row.change(), row.candidate().change().applyTo(row.basis()));
        whatIfs.add(whatIf);
        return whatIf;
    }

    public void unpin(WhatIf whatIf) {
        whatIfs.remove(whatIf);
    }

    /** Selects a candidate and brings the services it touches forward on the map (none for plan-wide changes). */
    public void select(CandidateRow row) {
        selected.set(row);
        if (row != null && !row.services().isEmpty()) {
            workbench.reveal(row.services());
        }
    }

    public ObjectProperty<CandidateRow> selectedProperty() {
        return selected;
    }

    /** True from a request until its advice arrives. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** True from the arrival of the advice until its sensitivity follows (the chart is empty meanwhile). */
    public ReadOnlyBooleanProperty weighingProperty() {
        return weighing.getReadOnlyProperty();
    }

    /** True when the candidates shown were measured on the open plan in the scope asked: Try it applies them. */
    public ReadOnlyBooleanProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** "Everything lost: 2 misses, 32m late in total, all up after 2h30m". */
    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    /** Why nothing is listed, or empty when candidates are. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Advise over every scenario of the plan instead of the one the window shows. */
    public BooleanProperty allScenariosProperty() {
        return allScenarios;
    }

    /** Whether the panel is shown; only then is advice computed. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The best {@value #SHOWN_FIXES} fixes, best first. */
    public ObservableList<CandidateRow> fixes() {
        return readOnlyFixes;
    }

    /** Relaxed targets: policy decisions, never fixes, listed after them. */
    public ObservableList<CandidateRow> policies() {
        return readOnlyPolicies;
    }

    /** The services whose restore time weighs on the lateness, heaviest first (zeros left out). */
    public ObservableList<SensitivityBar> sensitivity() {
        return readOnlySensitivity;
    }

    public ObservableList<WhatIf> whatIfs() {
        return readOnlyWhatIfs;
    }
}
