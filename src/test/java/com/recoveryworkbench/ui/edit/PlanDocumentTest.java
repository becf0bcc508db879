package com.recoveryworkbench.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlanDocumentTest {
    private final Plan empty = Plan.empty("Test");
    private final PlanDocument document = new PlanDocument(empty, Path.of("test.rplan.json"));

    private static Plan addService(Plan plan, String id) {
        return plan.withService(Service.builder(id, ServiceKind.APPLICATION).build());
    }

    @Test
    void aNewDocumentIsCleanWithNothingToUndo() {
        assertFalse(document.isDirty());
        assertFalse(document.history().canUndoProperty().get());
        assertEquals("Undo", document.history().undoLabelProperty().get());
    }

    @Test
    void applyRecordsANamedStepAndMakesTheDocumentDirty() {
        assertTrue(document.apply("Add service", p -> addService(p, "web")));

        assertTrue(document.getPlan().hasService("web"));
        assertTrue(document.isDirty());
        assertEquals("Undo Add service", document.history().undoLabelProperty().get());
    }

    @Test
    void undoingBackToTheSavedPlanMakesTheDocumentCleanAgain() {
        document.apply("Add service", p -> addService(p, "web"));
        document.undo();

        assertSame(empty, document.getPlan());
        assertFalse(document.isDirty());
        assertEquals("Redo Add service", document.history().redoLabelProperty().get());

        document.redo();
        assertTrue(document.getPlan().hasService("web"));
        assertTrue(document.isDirty());
    }

    @Test
    void aChangeThatChangesNothingIsNotRecorded() {
        assertFalse(document.apply("Nothing", p -> p));
        assertFalse(document.history().canUndoProperty().get());
        assertFalse(document.isDirty());
    }

    @Test
    void aFailingChangeLeavesThePlanAndHistoryAsTheyWere() {
        assertThrows(IllegalArgumentException.class,
                () -> document.apply("Bad", p -> addService(p, "not a valid id")));
        assertSame(empty, document.getPlan());
        assertFalse(document.history().canUndoProperty().get());
    }

    @Test
    void aNewChangeClearsWhatCouldBeRedone() {
        document.apply("Add web", p -> addService(p, "web"));
        document.undo();
        document.apply("Add db", p -> addService(p, "db"));

        assertFalse(document.history().canRedoProperty().get());
    }

    @Test
    void aDragPreviewedManyTimesIsOneUndoableStep() {
        document.apply("Add service", p -> addService(p, "web"));
        Plan beforeDrag = document.getPlan();
        Service web = beforeDrag.service("web").orElseThrow();
        for (int x = 1; x <= 5; x++) {
            document.preview(beforeDrag.withService(web.withPosition(new Position(x * 10, 0))));
        }
        document.commitPreview("Move service");

        assertEquals(new Position(50, 0), document.getPlan().service("web").orElseThrow().position());
        assertEquals("Undo Move service", document.history().undoLabelProperty().get());
        document.undo();
        assertSame(beforeDrag, document.getPlan());
    }

    @Test
    void cancellingAPreviewRestoresThePlanWithoutRecordingAnything() {
        Service web = Service.builder("web", ServiceKind.APPLICATION).build();
        document.preview(empty.withService(web));
        document.cancelPreview();

        assertSame(empty, document.getPlan());
        assertFalse(document.isDirty());
        assertFalse(document.history().canUndoProperty().get());
    }

    @Test
    void savingMakesTheCurrentPlanTheCleanOne() {
        document.apply("Add service", p -> addService(p, "web"));
        document.markSaved(Path.of("saved.rplan.json"));

        assertFalse(document.isDirty());
        assertEquals(Path.of("saved.rplan.json"), document.getFile());
        document.undo();
        assertTrue(document.isDirty(), "the saved file has the service; the plan without it is unsaved");
    }

    @Test
    void everyChangeOfThePlanAdvancesTheRevision() {
        long start = document.getRevision();
        document.apply("Add service", p -> addService(p, "web"));
        document.undo();
        document.redo();
        assertEquals(start + 3, document.getRevision());
    }

    @Test
    void aChangeFromInsideAPlanListenerIsRefused() {
        document.planProperty().addListener((obs, old, plan) -> {
            if (plan.hasService("web") && !plan.hasService("db")) {
                assertThrows(IllegalStateException.class, () -> document.apply("Nested", p -> addService(p, "db")));
            }
        });
        document.apply("Add service", p -> addService(p, "web"));
        assertFalse(document.getPlan().hasService("db"));
    }
}
