package com.recoveryworkbench.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.recoveryworkbench.model.Plan;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayoutRequestTest {
    private final Plan plan = Plan.empty("p");

    @Test
    void cardsMustHaveAPositiveFiniteSize() {
        assertThrows(IllegalArgumentException.class,
                () -> LayoutRequest.all(plan, Direction.LEFT_TO_RIGHT, 0, 40));
        assertThrows(IllegalArgumentException.class,
                () -> LayoutRequest.all(plan, Direction.LEFT_TO_RIGHT, 100, Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> LayoutRequest.all(plan, Direction.LEFT_TO_RIGHT, Double.POSITIVE_INFINITY, 40));
    }

    @Test
    void theCanvasShapeIsUnknownByDefaultAndPositiveWhenGiven() {
        LayoutRequest request = LayoutRequest.all(plan, Direction.LEFT_TO_RIGHT, 100, 40);

        assertEquals(0, request.aspectRatio());
        assertEquals(1.6, request.withAspectRatio(1.6).aspectRatio());
        assertThrows(IllegalArgumentException.class, () -> request.withAspectRatio(-1));
        assertThrows(IllegalArgumentException.class, () -> request.withAspectRatio(Double.NaN));
    }

    @Test
    void missingScopeAndPinsMeanNone() {
        LayoutRequest request = new LayoutRequest(plan, null, null, Direction.TOP_TO_BOTTOM, 100, 40);

        assertEquals(Set.of(), request.scope());
        assertEquals(Set.of(), request.pinned());
    }

    @Test
    void laterChangesToTheCallersSetsDoNotReachTheRequest() {
        Set<String> scope = new HashSet<>(Set.of("a"));
        LayoutRequest request = new LayoutRequest(plan, scope, Set.of(), Direction.LEFT_TO_RIGHT, 100, 40);

        scope.add("b");

        assertEquals(Set.of("a"), request.scope());
    }
}
