package com.recoveryworkbench.ui.menus;

import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.edit.PlanDocument;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Pins and unpins services for the Edit menu. FX thread only (it applies to the document). */
final class Pinning {

    private Pinning() {
    }

    /**
     * Pins (or unpins) the services {@code ids} as one undoable step, "Pin Checkout" or "Unpin 3 services"
     * (counting only those that change); ids the plan lacks are ignored.
     *
     * @return false, recording nothing, when no service changes
     */
    static boolean set(PlanDocument document, Collection<String> ids, boolean pinned) {
        List<Service> changed = ids.stream().sorted().map(id -> document.getPlan().service(id))
                .flatMap(Optional::stream).filter(s -> s.pinned() != pinned).toList();
        if (changed.isEmpty()) {
            return false;
        }
        String what = changed.size() == 1 ? changed.get(0).name() : changed.size() + " services";
        return document.apply((pinned ? "Pin " : "Unpin ") + what, plan -> plan.withServices(
                changed.stream().map(s -> s.toBuilder().pinned(pinned).build()).toList()));
    }
}
