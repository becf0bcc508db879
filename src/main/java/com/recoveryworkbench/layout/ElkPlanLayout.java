package com.recoveryworkbench.layout;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Layered layout through ELK (Eclipse Layout Kernel), see {@code docs/adr/0005-layout-engine.md}.
 *
 * <p>Hard dependencies flow along the direction: what must come back first lies in an earlier layer,
 * with few crossings. Services of one region stay together: when the request gives the canvas's aspect
 * ratio, each region is a block layered on its own and the blocks are packed to the canvas's shape
 * ({@link RegionBlocks}); without it, each region gets a lane (a band across the layers). Soft
 * dependencies do not shape the layout. Services the plan pins ({@code Service.pinned()}) never move, like those the
 * request pins; a service with a forced layer ({@code Service.layer()}) goes into that layer of the
 * arranged block (layer 1 first), even where its dependencies then point the other way. The laid-out
 * block keeps the top-left corner of the moved services' old bounding box; a moved card that would land
 * on a card that stayed goes to the nearest free spot. Positions are whole units.
 *
 * <p>Thread-safe and pure. The first call in a JVM takes up to a second while ELK loads; call
 * {@link #warmUp()} early on a background thread to take that cost before the user asks.
 */
public final class ElkPlanLayout implements PlanLayout {

    /**
     * Lays out a tiny plan on the calling thread so that ELK is loaded and registered. Cheap after
     * the first call; never call it on the FX thread.
     */
    public static void warmUp() {
        Plan tiny = Plan.empty("warm-up")
                .withService(Service.builder("a", ServiceKind.DATABASE).build())
                .withService(Service.builder("b", ServiceKind.APPLICATION).build())
                .withDependency(Dependency.hard("b", "a"));
        new ElkPlanLayout().arrange(LayoutRequest.all(tiny, Direction.LEFT_TO_RIGHT, 100, 40).withAspectRatio(1.6));
    }

    @Override
    public LayoutResult arrange(LayoutRequest request) {
        Plan plan = request.plan();
        SortedSet<String> moving = moving(request);
        if (moving.isEmpty()) {
            return LayoutResult.empty();
        }
        boolean leftToRight = request.direction() == Direction.LEFT_TO_RIGHT;
        double mainSize = leftToRight ? request.cardWidth() : request.cardHeight();
        double crossSize = leftToRight ? request.cardHeight() : request.cardWidth();
        Map<String, Slot> slots = request.aspectRatio() > 0 && RegionBlocks.applies(plan, moving)
                ? RegionBlocks.arrange(plan, moving, mainSize, crossSize,
                        leftToRight ? request.aspectRatio() : 1 / request.aspectRatio())
                : lanes(plan, moving, mainSize, crossSize);
        Map<String, Position> placed = anchored(plan, slots, leftToRight);
        return new LayoutResult(Clearance.resolve(plan, placed, request.cardWidth(), request.cardHeight()));
    }

    /** The whole block layered at once, each region then given a lane across all the layers. */
    private static Map<String, Slot> lanes(Plan plan, SortedSet<String> moving, double mainSize, double crossSize) {
        SortedSet<String> forced = new TreeSet<>();
        SortedSet<String> free = new TreeSet<>();
        moving.forEach(id -> (plan.service(id).orElseThrow().layer() != null ? forced : free).add(id));
        Map<String, Slot> laid = free.isEmpty() ? Map.of() : ElkLayering.layout(plan, free, mainSize, crossSize);
        if (free.size() <= ElkLayering.THOROUGH_LIMIT) {
            laid = StraightCrossings.reduce(plan, laid);
        }
        return RegionLanes.arrange(plan, ForcedLayers.place(plan, forced, laid, mainSize, crossSize), mainSize,
                crossSize);
    }

    private static SortedSet<String> moving(LayoutRequest request) {
        SortedSet<String> moving = new TreeSet<>();
        for (Service s : request.plan().services()) {
            boolean pinned = s.pinned() || request.pinned().contains(s.id());
            if ((request.scope().isEmpty() || request.scope().contains(s.id())) && !pinned) {
                moving.add(s.id());
            }
        }
        return moving;
    }

    /** Turns slots into canvas positions whose top-left is where the moved services' bounding box was. */
    private static Map<String, Position> anchored(Plan plan, Map<String, Slot> slots, boolean leftToRight) {
        double oldLeft = Double.POSITIVE_INFINITY;
        double oldTop = Double.POSITIVE_INFINITY;
        for (String id : slots.keySet()) {
            Position old = plan.service(id).orElseThrow().position();
            oldLeft = Math.min(oldLeft, old.x());
            oldTop = Math.min(oldTop, old.y());
        }
        double minMain = slots.values().stream().mapToDouble(Slot::main).min().orElseThrow();
        double minCross = slots.values().stream().mapToDouble(Slot::cross).min().orElseThrow();
        long left = Math.round(oldLeft);
        long top = Math.round(oldTop);
        Map<String, Position> placed = new TreeMap<>();
        slots.forEach((id, slot) -> {
            long main = Math.round(slot.main() - minMain);
            long cross = Math.round(slot.cross() - minCross);
            placed.put(id, leftToRight ? new Position(left + main, top + cross) : new Position(left + cross, top + main));
        });
        return placed;
    }
}
