package com.recoveryworkbench.ui.tiers;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.TierPolicy;
import com.recoveryworkbench.ui.edit.PlanDocument;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tier policies of the plan: the list, the selected tier and its editor, adding a tier and removing
 * one (refused, with a message, while services use it). Each change is one undoable step; the canvas
 * recolours from the plan on its own. FX thread only.
 */
public final class TierPoliciesModel {
    private static final String NEW_TIER_COLOR = "#6a3d9a";

    private final PlanDocument document;
    private final ObservableList<TierPolicy> tiers = FXCollections.observableArrayList();
    private final ObservableList<TierPolicy> readOnlyTiers = FXCollections.unmodifiableObservableList(tiers);
    private final StringProperty selectedId = new SimpleStringProperty(this, "selectedId");
    private final TierEditorModel editor;
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public TierPoliciesModel(PlanDocument document) {
        this.document = document;
        editor = new TierEditorModel(document);
        document.planProperty().addListener((obs, old, plan) -> refresh());
        selectedId.addListener((obs, old, id) -> {
            if (editor.tierId() != null && document.getPlan().tier(editor.tierId()).isPresent()) {
                editor.commitPending();
            }
            message.set("");
            refresh();
        });
        refresh();
    }

    private void refresh() {
        Plan plan = document.getPlan();
        if (!tiers.equals(plan.tiers())) {
            tiers.setAll(plan.tiers());
        }
        TierPolicy selected = selectedId.get() == null ? null : plan.tier(selectedId.get()).orElse(null);
        editing.set(selected != null);
        if (selected != null) {
            editor.show(selected, !selected.id().equals(editor.tierId()));
        }
    }

    /** Adds a tier with the first free id {@code tier-N} and selects it. */
    public void add() {
        Plan plan = document.getPlan();
        int n = 0;
        while (plan.tier("tier-" + n).isPresent()) {
            n++;
        }
        TierPolicy tier = new TierPolicy("tier-" + n, "Tier " + n, Duration.ofHours(24), Duration.ofHours(24), null,
                NEW_TIER_COLOR);
        List<TierPolicy> next = new ArrayList<>(plan.tiers());
        next.add(tier);
        document.apply("Add tier " + tier.id(), p -> p.withTiers(next));
        selectedId.set(tier.id());
    }

    /** Removes the selected tier, or says why not: a tier that services use stays. */
    public void removeSelected() {
        String id = selectedId.get();
        Plan plan = document.getPlan();
        if (id == null || plan.tier(id).isEmpty()) {
            return;
        }
        List<String> users = plan.services().stream().filter(s -> s.tier().equals(id)).map(Service::name).toList();
        if (!users.isEmpty()) {
            message.set("Cannot remove " + id + ": " + users.size() + (users.size() == 1 ? " service uses" : " services use")
                    + " it (" + users.stream().limit(3).collect(Collectors.joining(", "))
                    + (users.size() > 3 ? ", …" : "") + "). Move them to another tier first.");
            return;
        }
        document.apply("Remove tier " + id, p -> p.withTiers(p.tiers().stream().filter(t -> !t.id().equals(id)).toList()));
        selectedId.set(null);
        message.set("");
    }

    /** The plan's tiers, sorted by id. */
    public ObservableList<TierPolicy> tiers() {
        return readOnlyTiers;
    }

    /** The id of the tier being edited; {@code null} when none. The view binds its list selection to it. */
    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    public TierEditorModel editor() {
        return editor;
    }

    /** True while a tier of the plan is selected, so the editor has something to show. */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** Why the last removal was refused; empty when nothing is wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
