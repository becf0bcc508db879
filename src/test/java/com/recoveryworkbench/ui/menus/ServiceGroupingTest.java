package com.recoveryworkbench.ui.menus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.edit.PlanDocument;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Edit ▸ Group Selected Services… and Ungroup: one undoable step each, named after what changes. */
class ServiceGroupingTest {
    private final Plan shop = Plan.empty("Shop").withServices(List.of(
            Service.builder("web", ServiceKind.APPLICATION).name("Web shop").region("eu-west").build(),
            Service.builder("card-api", ServiceKind.APPLICATION).name("Card API").group("Payments").build(),
            Service.builder("ledger", ServiceKind.DATABASE).name("Ledger").build(),
            Service.builder("search", ServiceKind.APPLICATION).name("Search").group("Catalog").build()));
    private final PlanDocument document = new PlanDocument(shop, null);

    private String group(String id) {
        return document.getPlan().service(id).orElseThrow().group();
    }

    @Test
    void groupingASelectionIsOneStepCountingOnlyTheServicesThatChange() {
        assertTrue(ServiceGrouping.group(document, Set.of("web", "card-api", "ledger", "gone"), "  Payments "));

        assertEquals(List.of("Payments", "Payments", "Payments"), List.of(group("web"), group("card-api"),
                group("ledger")));
        assertEquals("eu-west", document.getPlan().service("web").orElseThrow().region(), "the region stays");
        assertEquals("Undo Group 2 services as Payments", document.history().undoLabelProperty().get());
        document.undo();
        assertEquals(shop, document.getPlan());
    }

    @Test
    void ungroupingOneServiceIsNamedAfterIt() {
        assertTrue(ServiceGrouping.ungroup(document, Set.of("card-api", "web")));

        assertEquals("", group("card-api"));
        assertEquals("Undo Ungroup Card API", document.history().undoLabelProperty().get());
    }

    @Test
    void aBlankNameIsRefusedAndNothingToChangeRecordsNothing() {
        assertThrows(IllegalArgumentException.class, () -> ServiceGrouping.group(document, Set.of("web"), " "));
        assertFalse(ServiceGrouping.group(document, Set.of("card-api"), "Payments"));
        assertFalse(ServiceGrouping.ungroup(document, Set.of("web", "ledger")));

        assertFalse(document.history().canUndoProperty().get());
    }

    @Test
    void theQuestionOffersThePlansGroupsAndTheSelectionsCommonOne() {
        assertEquals(List.of("Catalog", "Payments"), ServiceGrouping.groupNames(shop));
        assertEquals("Payments", ServiceGrouping.commonGroup(shop, Set.of("card-api")));
        assertEquals("", ServiceGrouping.commonGroup(shop, Set.of("card-api", "search")), "different groups");
        assertEquals("", ServiceGrouping.commonGroup(shop, Set.of("web", "ledger")), "in no group");
    }
}
