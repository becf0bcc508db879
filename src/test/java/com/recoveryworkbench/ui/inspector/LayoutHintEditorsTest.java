package com.recoveryworkbench.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.testplans.TestPlans;
import com.recoveryworkbench.ui.SameThreadWorkbench;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.form.FieldModel;
import com.recoveryworkbench.ui.state.WorkbenchState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inspector's Layout section: pin a service, force or free its layer, each one undoable step. */
class LayoutHintEditorsTest {
    private final WorkbenchState workbench = SameThreadWorkbench.of(TestPlans.checkout());
    private final PlanDocument document = workbench.document();
    private final InspectorViewModel inspector = new InspectorViewModel(workbench);

    private Service legacyDb() {
        return document.getPlan().service("legacy-db").orElseThrow();
    }

    @BeforeEach
    void selectLegacyDb() {
        workbench.selection().selectService("legacy-db");
    }

    @Test
    void pinningIsOneStepNamedAfterTheServiceAndUndoUnpins() {
        inspector.service().pinned().valueProperty().set(true);

        assertTrue(legacyDb().pinned());
        assertEquals("Undo Pin Legacy DB", document.history().undoLabelProperty().get());
        document.undo();
        assertFalse(legacyDb().pinned());
        assertFalse(inspector.service().pinned().valueProperty().get());
    }

    @Test
    void layerIsSetAndClearedAsNamedSteps() {
        FieldModel<Integer> layer = inspector.service().layer();

        layer.textProperty().set(" 2 ");
        assertTrue(layer.commit());
        assertEquals(2, legacyDb().layer());
        assertEquals("Undo Set layer of Legacy DB to 2", document.history().undoLabelProperty().get());
        assertEquals("2", layer.textProperty().get());

        layer.textProperty().set("");
        assertTrue(layer.commit());
        assertNull(legacyDb().layer());
        assertEquals("Undo Clear layer of Legacy DB", document.history().undoLabelProperty().get());
    }

    @Test
    void layerZeroIsRefusedWithWhatToWriteInstead() {
        Plan before = document.getPlan();
        FieldModel<Integer> layer = inspector.service().layer();

        layer.textProperty().set("0");

        assertFalse(layer.commit());
        assertSame(before, document.getPlan());
        assertEquals("'0' is not a layer: write a whole number from 1 (what is restored first) to 10000, or leave"
                + " it empty to let Arrange choose", layer.errorProperty().get());
    }
}
