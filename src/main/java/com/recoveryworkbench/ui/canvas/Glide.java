package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cards gliding from where one plan had them to where the next one has them: the plan to paint at
 * any fraction of the way, eased so they start quickly and settle softly. Only the painting moves;
 * the plan holds the final positions. Services in only one of the two plans do not glide. Immutable.
 */
final class Glide {
    private final Plan to;
    private final Map<String, Position> from;

    private Glide(Plan to, Map<String, Position> from) {
        this.to = to;
        this.from = from;
    }

    /** The glide from {@code before} to {@code after}; {@code null} when no card moved. */
    static Glide between(Plan before, Plan after) {
        Map<String, Position> from = new LinkedHashMap<>();
        for (Service s : after.services()) {
            before.service(s.id()).map(Service::position).filter(p -> !p.equals(s.position()))
                    .ifPresent(p -> from.put(s.id(), p));
        }
        return from.isEmpty() ? null : new Glide(after, from);
    }

    /** The plan the glide ends on. */
    Plan target() {
        return to;
    }

    /** {@link #target()} with the moving cards {@code fraction} (0 to 1) of the way, eased. */
    Plan at(double fraction) {
        double t = Math.max(0, Math.min(1, fraction));
        if (t == 1) {
            return to;
        }
        double eased = 1 - Math.pow(1 - t, 3);
        List<Service> moved = new ArrayList<>(from.size());
        from.forEach((id, start) -> {
            Service s = to.service(id).orElseThrow();
            Position end = s.position();
            moved.add(s.withPosition(new Position(start.x() + (end.x() - start.x()) * eased,
                    start.y() + (end.y() - start.y()) * eased)));
        });
        return to.withServices(moved);
    }
}
