package com.recoveryworkbench.ui.inspector;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.form.ChoiceModel;
import com.recoveryworkbench.ui.form.FieldModel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The editors for several selected services at once: tier, owner, region and group, each set on all of them
 * as one undoable step ("Set tier of 3 services to tier-1"). A field whose services disagree shows
 * empty and is flagged as mixed. FX thread only.
 */
public final class MultiServiceEditorModel {
    private final PlanDocument document;
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ChoiceModel<String> tier;
    private final FieldModel<String> owner;
    private final FieldModel<String> region;
    private final FieldModel<String> group;
    private final ReadOnlyBooleanWrapper ownerMixed = new ReadOnlyBooleanWrapper(this, "ownerMixed");
    private final ReadOnlyBooleanWrapper regionMixed = new ReadOnlyBooleanWrapper(this, "regionMixed");
    private final ReadOnlyBooleanWrapper groupMixed = new ReadOnlyBooleanWrapper(this, "groupMixed");
    private List<String> targets = List.of();
    private Plan plan;

    public MultiServiceEditorModel(PlanDocument document) {
        this.document = document;
        tier = new ChoiceModel<>(id -> plan == null ? id : plan.tier(id).map(t -> t.id() + " · " + t.name()).orElse(id),
                value -> setAll("tier", value, b -> b.tier(value)));
        owner = FieldModel.text(value -> setAll("owner", value, b -> b.owner(value)));
        region = FieldModel.text(value -> setAll("region", value, b -> b.region(value)));
        group = FieldModel.text(value -> setAll("group", value, b -> b.group(value)));
    }

    private void setAll(String what, String value, UnaryOperator<Service.Builder> change) {
        List<String> ids = targets;
        String description = value.isEmpty() ? "Clear " + what + " of " + ids.size() + " services"
                : "Set " + what + " of " + ids.size() + " services to " + value;
        document.apply(description, p -> p.withServices(ids.stream().map(p::service).flatMap(Optional::stream)
                .map(s -> change.apply(s.toBuilder()).build()).toList()));
    }

    /** Shows the services {@code ids} of {@code current}; {@code reset} drops edits in progress. */
    public void show(Plan current, Set<String> ids, boolean reset) {
        plan = current;
        List<Service> services = ids.stream().map(current::service).flatMap(Optional::stream).toList();
        targets = services.stream().map(Service::id).toList();
        count.set(services.size() + " services selected");
        String commonTier = common(services, Service::tier);
        tier.show(commonTier, ServiceEditorModel.tierChoices(current, commonTier));
        String commonOwner = common(services, Service::owner);
        ownerMixed.set(commonOwner == null);
        owner.show(commonOwner == null ? "" : commonOwner, reset);
        String commonRegion = common(services, Service::region);
        regionMixed.set(commonRegion == null);
        region.show(commonRegion == null ? "" : commonRegion, reset);
        String commonGroup = common(services, Service::group);
        groupMixed.set(commonGroup == null);
        group.show(commonGroup == null ? "" : commonGroup, reset);
    }

    /** The value all services share, or {@code null} when they differ. */
    private static String common(List<Service> services, Function<Service, String> field) {
        List<String> distinct = services.stream().map(field).distinct().toList();
        return distinct.size() == 1 ? distinct.get(0) : null;
    }

    /** The services this editor changes, in selection order. */
    public List<String> targets() {
        return targets;
    }

    public void commitPending() {
        owner.commit();
        region.commit();
        group.commit();
    }

    /** "3 services selected". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ChoiceModel<String> tier() {
        return tier;
    }

    public FieldModel<String> owner() {
        return owner;
    }

    public FieldModel<String> region() {
        return region;
    }

    /** The named group of all of them ("Set group of 3 services to Payments"); empty takes them out of theirs. */
    public FieldModel<String> group() {
        return group;
    }

    public ReadOnlyBooleanProperty groupMixedProperty() {
        return groupMixed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ownerMixedProperty() {
        return ownerMixed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty regionMixedProperty() {
        return regionMixed.getReadOnlyProperty();
    }
}
