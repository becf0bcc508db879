package com.recoveryworkbench.layout;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * New top-left corners, in whole canvas units, for the services a layout moved; services it did not
 * move are absent. Immutable; iterates by service id.
 *
 * <p>Edge routes are not part of the result: the canvas draws dependencies from the cards' current
 * geometry, so routes computed here would be stale after the first drag.
 */
public record LayoutResult(Map<String, Position> positions) {

    public LayoutResult {
        positions = Collections.unmodifiableSortedMap(new TreeMap<>(positions));
    }

    public static LayoutResult empty() {
        return new LayoutResult(Map.of());
    }

    /** The plan with the moved services at their new positions; ids the plan lacks are skipped. */
    public Plan applyTo(Plan plan) {
        List<Service> moved = new ArrayList<>();
        positions.forEach((id, position) -> plan.service(id).ifPresent(s -> moved.add(s.withPosition(position))));
        return moved.isEmpty() ? plan : plan.withServices(moved);
    }
}
