package com.recoveryworkbench.ui.menus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.state.LiveAnalysis;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClipboardActionsTest {
    private final Plan shop = Plan.empty("Shop")
            .withServices(List.of(Service.builder("web", ServiceKind.APPLICATION).build(),
                    Service.builder("db", ServiceKind.DATABASE).build()))
            .withDependency(Dependency.hard("web", "db"));
    private final WorkbenchState workbench = new WorkbenchState(new PlanDocument(shop, null),
            new LiveAnalysis(Runnable::run, Runnable::run, new RecoveryAnalyzer()::analyzeAll));
    private final PlanDocument document = workbench.document();
    private final ClipboardActions clipboard = new ClipboardActions(workbench);

    @Test
    void pastingIsOneNamedStepThatSelectsThePastedServices() {
        workbench.selection().selectServices(List.of("web", "db"));
        clipboard.copy();

        clipboard.paste();

        assertEquals(Set.of("web-2", "db-2"), workbench.selection().getServices());
        assertTrue(document.getPlan().dependency("web-2", "db-2").isPresent());
        assertEquals("Undo Paste 2 services", document.history().undoLabelProperty().get());
        document.undo();
        assertEquals(shop, document.getPlan());
    }

    @Test
    void cutRemovesTheServicesAndPasteBringsThemBackUnderTheirIds() {
        workbench.selection().selectServices(List.of("db"));

        clipboard.cut();
        assertFalse(document.getPlan().hasService("db"));
        assertFalse(document.getPlan().dependency("web", "db").isPresent());
        assertEquals("Undo Cut 1 service", document.history().undoLabelProperty().get());

        clipboard.paste();
        assertTrue(document.getPlan().hasService("db"));
        assertEquals(Set.of("db"), workbench.selection().getServices());
    }

    @Test
    void duplicateLeavesTheClipboardAlone() {
        assertFalse(clipboard.canPasteBinding().get());
        workbench.selection().selectService("web");
        assertTrue(clipboard.hasSelectionBinding().get());

        clipboard.duplicate();

        assertTrue(document.getPlan().hasService("web-2"));
        assertEquals("Undo Duplicate 1 service", document.history().undoLabelProperty().get());
        assertFalse(clipboard.canPasteBinding().get());
    }
}
