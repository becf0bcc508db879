package com.recoveryworkbench.layout;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes room between a freshly laid-out block and the cards that stayed where they were (pinned
 * services, services outside the scope): a moved card that would overlap one goes to the nearest
 * {@link FreeSpot} instead. Cards that stayed are never moved, and two that already overlapped
 * are left as they are.
 */
final class Clearance {

    private Clearance() {
    }

    static Map<String, Position> resolve(Plan plan, Map<String, Position> placed, double width, double height) {
        CardIndex stayed = new CardIndex(width, height);
        CardIndex everyone = new CardIndex(width, height);
        for (Service s : plan.services()) {
            if (!placed.containsKey(s.id())) {
                stayed.add(s.position());
                everyone.add(s.position());
            }
        }
        placed.values().forEach(everyone::add);
        Map<String, Position> result = new TreeMap<>(placed);
        for (Map.Entry<String, Position> card : result.entrySet()) {
            if (!stayed.isFree(card.getValue(), 0)) {
                everyone.remove(card.getValue());
                Position free = FreeSpot.near(everyone, card.getValue(), width, height);
                everyone.add(free);
                card.setValue(free);
            }
        }
        return result;
    }
}
