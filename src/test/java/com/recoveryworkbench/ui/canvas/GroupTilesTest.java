package com.recoveryworkbench.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.FoldedMap;
import com.recoveryworkbench.analysis.FoldedMap.Bundle;
import com.recoveryworkbench.analysis.FoldedMap.End;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.FoldedGroups;
import com.recoveryworkbench.model.GroupKind;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked out by hand, cards 200 x 90. eu-west: Web at (100, 100) and DB at (100, 300), so its lane is
 * (88, 44)-(312, 402) (12 of padding, a 44 band above); us-east: API at (650, 100), lane (638, 44)-(862, 202);
 * ap-south: Cache at (100, 700), folded by the plan; Batch at (1200, 100) in no region. API needs DB (hard)
 * and Web (soft), Batch needs API, Cache needs DB.
 */
class GroupTilesTest {
    private final Plan plan = Plan.empty("Tiles").withServices(List.of(card("web", "eu-west", 100, 100),
                    card("db", "eu-west", 100, 300), card("api", "us-east", 650, 100),
                    card("cache", "ap-south", 100, 700), card("batch", "", 1200, 100)))
            .withDependencies(List.of(Dependency.hard("api", "db"), Dependency.soft("api", "web"),
                    Dependency.hard("batch", "api"), Dependency.hard("cache", "db")))
            .withFolded(FoldedGroups.NONE.with(GroupKind.REGION, List.of("ap-south")));
    private final GroupTiles tiles = GroupTiles.of(plan, LaneGrouping.REGION);

    private static Service card(String id, String region, double x, double y) {
        return Service.builder(id, ServiceKind.APPLICATION).name(id).region(region).position(x, y).build();
    }

    private FoldedCards.Card card(String name) {
        return tiles.cards().card(name);
    }

    @Test
    void eachUnfoldedGroupIsATileOverItsLaneAndAFoldedOneStaysAFoldedCard() {
        assertEquals(new WorldRect(88, 44, 312, 402), card("eu-west").bounds());
        assertTrue(card("eu-west").tile());
        assertEquals(new WorldRect(638, 44, 862, 202), card("us-east").bounds());
        assertEquals(new WorldRect(100, 700, 540, 820), card("ap-south").bounds());
        assertFalse(card("ap-south").tile());
        assertEquals(List.of("batch"), tiles.loose().plan().services().stream().map(Service::id).toList());
    }

    @Test
    void arrowsBetweenTilesAreBundledWithTheirCountAndLooseServicesKeepTheirs() {
        End apSouth = new End("ap-south", true);
        End euWest = new End("eu-west", true);
        End usEast = new End("us-east", true);
        List<Bundle> bundles = tiles.cards().map().bundles();

        assertEquals(List.of(new Bundle(new End("batch", false), usEast, 1, true), new Bundle(apSouth, euWest, 1, true),
                new Bundle(usEast, euWest, 2, true)), bundles);
    }

    @Test
    void aTileIsHitWhereItIsDrawnGrownToItsTextAndTheLastDrawnWinsWhereTwoOverlap() {
        // At 100 % text is 18 px: 12 ems (216) are less than eu-west's 224, so the tile is its lane.
        assertEquals("eu-west", tiles.tileAt(200, 300, 1, SemanticZoom.MIN_TEXT_PX).name());
        assertNull(tiles.tileAt(400, 300, 1, SemanticZoom.MIN_TEXT_PX));
        // At 50 % text is 13.75 px (1.25 x 11): 12 ems are 330 wide and 7.5 ems 206.25 high. eu-west, 358
        // high, is drawn half the gap between tiles (4.5 x 11 px / 2 = 24.75 px, 49.5 world units) in from its
        // top and bottom; grown to 330 wide, it keeps its width.
        assertEquals(new WorldRect(88, 93.5, 418, 352.5),
                FoldedCards.drawnBounds(card("eu-west"), 0.5, SemanticZoom.MIN_TEXT_PX));
        assertEquals(new WorldRect(638, 44, 968, 250.25),
                FoldedCards.drawnBounds(card("us-east"), 0.5, SemanticZoom.MIN_TEXT_PX));
        // At 10 %, 1650 wide and 1031.25 high: eu-west (to x = 1738) and us-east overlap from x = 638; us-east,
        // after it by name, is drawn on top.
        assertEquals("us-east", tiles.tileAt(700, 100, 0.1, SemanticZoom.MIN_TEXT_PX).name());
        assertEquals("eu-west", tiles.tileAt(400, 300, 0.1, SemanticZoom.MIN_TEXT_PX).name());
        assertNull(tiles.tileAt(150, 750, 0.5, SemanticZoom.MIN_TEXT_PX), "a folded card is no tile");
    }

    @Test
    void tilesAreDrawnWithLanesBelowTheNamesOfTheLook() {
        // Names start at 11 / 18 = 0.611 when editing, 18 / 27 = 0.667 when presenting.
        assertTrue(GroupTiles.apply(LaneGrouping.REGION, 0.6, false));
        assertFalse(GroupTiles.apply(LaneGrouping.REGION, 0.62, false));
        assertTrue(GroupTiles.apply(LaneGrouping.OWNER, 0.62, true));
        assertFalse(GroupTiles.apply(LaneGrouping.NONE, 0.1, false));
    }

    @Test
    void aFrameOfThePlanBelowTheNamesDrawsTilesAndOnlyTheLooseServicesOneByOne() {
        Frame tiled = Frame.ofPlanAt(plan, null, LaneGrouping.REGION, 0.5);
        Frame named = Frame.ofPlanAt(plan, null, LaneGrouping.REGION, 0.7);

        assertEquals(1, tiled.services().plan().serviceCount(), "Batch alone");
        assertTrue(tiled.fold().cards().card("eu-west").tile());
        assertTrue(tiled.lanes().isEmpty(), "the tiles stand for the lanes");
        assertEquals(4, named.services().plan().serviceCount(), "every service but ap-south's");
        assertEquals(List.of("ap-south"), named.fold().cards().all().stream().map(FoldedCards.Card::name).toList());
    }

    @Test
    void withoutLanesNothingIsTiled() {
        GroupTiles none = GroupTiles.of(plan, LaneGrouping.NONE);

        assertTrue(none.cards().isEmpty());
        assertEquals(FoldedMap.of(plan, null).shown().serviceCount(), none.loose().plan().serviceCount());
    }
}
