package com.recoveryworkbench.ui.inspector;

import com.recoveryworkbench.model.Ids;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.edit.PlanDocument;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Applies changes to the one service an editor shows, as named undoable steps
 * ("Set restore time of Legacy DB to 40m"). FX thread only.
 */
final class ServiceEdits {
    private final PlanDocument document;
    private String serviceId;

    ServiceEdits(PlanDocument document) {
        this.document = document;
    }

    void target(String id) {
        serviceId = id;
    }

    /** The target as the current plan holds it; empty when it is gone or none is targeted. */
    Optional<Service> current() {
        return serviceId == null ? Optional.empty() : document.getPlan().service(serviceId);
    }

    /**
     * Sets one field: "Set {what} of {name} to {valueText}", or "Clear {what} of {name}" for an empty value.
     *
     * @throws IllegalArgumentException when the service is gone or the model refuses the value
     */
    void set(String what, String valueText, UnaryOperator<Service.Builder> change) {
        String name = current().map(Service::name)
                .orElseThrow(() -> new IllegalArgumentException("the service is no longer in the plan"));
        String description = valueText.isEmpty() ? "Clear " + what + " of " + name
                : "Set " + what + " of " + name + " to " + valueText;
        apply(description, change);
    }

    /**
     * Gives the target another id, and every dependency on it follows: one step ("Change id of Orders
     * DB to orders-db"). The editor keeps showing the service under its new id.
     *
     * @throws IllegalArgumentException when the id is malformed or another service has it
     */
    void changeId(String newId) {
        Service service = current()
                .orElseThrow(() -> new IllegalArgumentException("the service is no longer in the plan"));
        String oldId = service.id();
        if (newId.equals(oldId)) {
            return;
        }
        if (!Ids.isValid(newId)) {
            throw new IllegalArgumentException("An id is 1-100 letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit.");
        }
        document.getPlan().service(newId).ifPresent(other -> {
            throw new IllegalArgumentException("'" + newId + "' is already the id of " + other.name() + ".");
        });
        serviceId = newId;
        try {
            document.apply("Change id of " + service.name() + " to " + newId,
                    plan -> plan.withServiceIdChanged(oldId, newId));
        } catch (IllegalArgumentException refused) {
            serviceId = oldId;
            throw refused;
        }
    }

    void apply(String description, UnaryOperator<Service.Builder> change) {
        String id = serviceId;
        document.apply(description, plan -> plan.service(id)
                .map(s -> plan.withService(change.apply(s.toBuilder()).build()))
                .orElseThrow(() -> new IllegalArgumentException("the service is no longer in the plan")));
    }
}
