package com.recoveryworkbench.ui.menus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.edit.PlanDocument;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PinningTest {
    private final Plan shop = Plan.empty("Shop").withServices(List.of(
            Service.builder("web", ServiceKind.APPLICATION).name("Web shop").build(),
            Service.builder("db", ServiceKind.DATABASE).name("Orders DB").pinned(true).build(),
            Service.builder("dns", ServiceKind.NETWORK).build()));
    private final PlanDocument document = new PlanDocument(shop, null);

    private boolean pinned(String id) {
        return document.getPlan().service(id).orElseThrow().pinned();
    }

    @Test
    void pinningASelectionIsOneStepCountingOnlyTheServicesThatChange() {
        assertTrue(Pinning.set(document, Set.of("web", "db", "dns", "gone"), true));

        assertTrue(pinned("web") && pinned("db") && pinned("dns"));
        assertEquals("Undo Pin 2 services", document.history().undoLabelProperty().get());
        document.undo();
        assertEquals(shop, document.getPlan());
    }

    @Test
    void unpinningOneServiceIsNamedAfterIt() {
        assertTrue(Pinning.set(document, Set.of("db", "web"), false));

        assertFalse(pinned("db"));
        assertEquals("Undo Unpin Orders DB", document.history().undoLabelProperty().get());
    }

    @Test
    void nothingToChangeRecordsNothing() {
        assertFalse(Pinning.set(document, Set.of("web"), false));

        assertFalse(document.history().canUndoProperty().get());
    }
}
