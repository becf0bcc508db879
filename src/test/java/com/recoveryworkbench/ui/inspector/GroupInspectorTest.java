package com.recoveryworkbench.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.testplans.TestPlans;
import com.recoveryworkbench.ui.SameThreadWorkbench;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.form.FieldModel;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inspector's Group field, for one service or several: shows the named group and edits it, one undoable step per edit. */
class GroupInspectorTest {
    private final WorkbenchState workbench = SameThreadWorkbench.of(TestPlans.checkout());
    private final PlanDocument document = workbench.document();
    private final InspectorViewModel inspector = new InspectorViewModel(workbench);

    private String group(String id) {
        return document.getPlan().service(id).orElseThrow().group();
    }

    @Test
    void typingAGroupIsOneStepAndEmptyingItTakesTheServiceOut() {
        workbench.selection().selectService("auth");
        FieldModel<String> field = inspector.service().group();
        assertEquals("", field.textProperty().get());

        field.textProperty().set(" Identity ");
        assertTrue(field.commit());
        assertEquals("Identity", group("auth"));
        assertEquals("Undo Set group of Auth to Identity", document.history().undoLabelProperty().get());

        field.textProperty().set("");
        assertTrue(field.commit());
        assertEquals("", group("auth"));
        assertEquals("Undo Clear group of Auth", document.history().undoLabelProperty().get());

        document.undo();
        assertEquals("Identity", group("auth"));
        assertEquals("Identity", field.textProperty().get(), "the field follows the undo");
    }

    @Test
    void aGroupTypedForSeveralServicesIsOneStepAndDifferentGroupsShowAsMixed() {
        workbench.selection().selectServices(List.of("auth", "checkout"));
        FieldModel<String> field = inspector.services().group();
        assertEquals("", field.textProperty().get());
        assertFalse(inspector.services().groupMixedProperty().get(), "both are in no group");

        field.textProperty().set("Front");
        assertTrue(field.commit());
        assertEquals("Front", group("auth"));
        assertEquals("Front", group("checkout"));
        assertEquals("Undo Set group of 2 services to Front", document.history().undoLabelProperty().get());

        document.apply("regroup", p -> p.withService(p.service("auth").orElseThrow().toBuilder().group("Identity")
                .build()));
        assertTrue(inspector.services().groupMixedProperty().get());
        assertEquals("", inspector.services().group().textProperty().get());
    }

    @Test
    void anotherServiceShowsItsOwnGroup() {
        document.apply("setup", p -> p.withService(p.service("checkout").orElseThrow().toBuilder().group("Payments")
                .build()));
        workbench.selection().selectService("checkout");
        assertEquals("Payments", inspector.service().group().textProperty().get());

        workbench.selection().selectService("auth");
        assertEquals("", inspector.service().group().textProperty().get());
    }
}
