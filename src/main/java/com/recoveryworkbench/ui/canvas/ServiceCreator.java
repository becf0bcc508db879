package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.layout.FreeSpot;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.edit.PlanEdits;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Adds new services where a workshop expects them, never on top of another card: at a double-clicked
 * point, or from the menu next to the selected services on their downstream side (right of them,
 * where their dependents go in restore order: the new service most likely needs them), else in the
 * middle of the view. No dependency is added: the room says what the new service needs. A service
 * added next to a selection whose services share one lane joins that lane, since it is drawn inside
 * it. The new service is selected and its rename opened. FX thread only.
 */
final class ServiceCreator {
    /** Room between the selection and a new card beside it: enough for a readable arrow. */
    static final double BESIDE_GAP = 80;

    private final CanvasState state;
    private final Consumer<String> rename;

    ServiceCreator(CanvasState state, Consumer<String> rename) {
        this.state = state;
        this.rename = rename;
    }

    /** Adds a service of {@code kind} beside the selection, or centred on (wx, wy) when nothing is selected. */
    void besideSelection(ServiceKind kind, double wx, double wy) {
        Set<String> selected = state.workbench().selection().getServices();
        WorldRect area = null;
        Set<String> groups = new HashSet<>();
        LaneGrouping grouping = state.laneGroupingProperty().get();
        for (String id : selected) {
            Service s = state.services().service(id);
            if (s != null) {
                WorldRect card = CardGeometry.bounds(s.position());
                area = area == null ? card : area.union(card);
                groups.add(grouping == null ? "" : grouping.groupOf(s));
            }
        }
        if (area == null) {
            at(kind, wx, wy, "");
        } else {
            at(kind, area.maxX() + BESIDE_GAP + CardGeometry.WIDTH / 2, area.centreY(),
                    groups.size() == 1 ? groups.iterator().next() : "");
        }
    }

    /** Adds a service of {@code kind} in the free spot nearest to being centred on (wx, wy). */
    void at(ServiceKind kind, double wx, double wy) {
        at(kind, wx, wy, "");
    }

    private void at(ServiceKind kind, double wx, double wy, String lane) {
        Position wanted = new Position(wx - CardGeometry.WIDTH / 2, wy - CardGeometry.HEIGHT / 2);
        boolean snap = state.snapToGridProperty().get();
        Plan before = state.workbench().document().getPlan();
        Position spot = FreeSpot.near(before, snap ? PlanEdits.snapped(wanted) : wanted, CardGeometry.WIDTH,
                CardGeometry.HEIGHT);
        PlanEdits.AddedService added = PlanEdits.addService(before, kind, snap ? PlanEdits.snapped(spot) : spot);
        Plan after = lane.isEmpty() ? added.plan()
                : state.laneGroupingProperty().get().assign(added.plan(), Set.of(added.id()), lane);
        String name = after.service(added.id()).map(Service::name).orElse(added.id());
        // apply runs at once on the current plan, which is the one the new service was added to.
        if (state.apply("Add " + name, p -> after)) {
            state.workbench().selection().selectService(added.id());
            rename.accept(added.id());
        }
    }
}
