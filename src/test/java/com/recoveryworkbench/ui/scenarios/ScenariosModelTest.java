package com.recoveryworkbench.ui.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.testplans.TestPlans;
import com.recoveryworkbench.ui.edit.PlanDocument;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Scenarios tab's model: each change one undoable step with a human label; refusals in place. */
class ScenariosModelTest {
    private final PlanDocument document = new PlanDocument(twoRegions(), null);
    private final ScenariosModel model = new ScenariosModel(document);
    private final ScenarioEditorModel editor = model.editor();

    private static Plan twoRegions() {
        Plan plan = TestPlans.checkout();
        return plan.withServices(plan.services().stream().map(s -> s.toBuilder()
                .region(s.id().equals("legacy-db") ? "us-east" : "eu-west").build()).toList());
    }

    private Scenario scenario(String id) {
        return document.getPlan().scenario(id).orElseThrow();
    }

    private String undoLabel() {
        return document.history().undoLabelProperty().get();
    }

    @Test
    void addSelectsTheNewScenarioAndOffersThePlansRegions() {
        model.add();

        assertEquals("scenario", model.selectedIdProperty().get());
        assertTrue(model.editingProperty().get());
        assertFalse(model.totalSelectedProperty().get());
        assertEquals(List.of("eu-west", "us-east"), editor.regionChoices());
        assertEquals("New scenario", editor.name().textProperty().get());
        assertTrue(undoLabel().contains("Add scenario scenario"), undoLabel());
    }

    @Test
    void eachChangeIsOneUndoableStepWithALabel() {
        model.add();
        editor.setRegionLost("eu-west", true);
        assertEquals(List.of("eu-west"), scenario("scenario").regions());
        assertTrue(undoLabel().contains("Lose region eu-west in New scenario"), undoLabel());

        editor.name().textProperty().set("Europe down");
        assertTrue(editor.name().commit());
        assertEquals("Europe down", scenario("scenario").name());

        editor.setDataCorruption(true);
        assertTrue(undoLabel().contains("Corrupt data in Europe down"), undoLabel());
        editor.declarationDelay().textProperty().set("2d");
        assertTrue(editor.declarationDelay().commit());
        assertEquals(Duration.ofDays(2), scenario("scenario").declarationDelay());
        editor.services().textProperty().set("legacy-db, auth");
        assertTrue(editor.services().commit());
        assertEquals(List.of("auth", "legacy-db"), scenario("scenario").services());
        assertEquals("auth, legacy-db", editor.services().textProperty().get());

        document.undo();
        assertEquals(List.of(), scenario("scenario").services());
        document.undo();
        assertNull(scenario("scenario").declarationDelay());
        document.undo();
        assertFalse(scenario("scenario").dataCorruption());
    }

    @Test
    void anUnknownServiceIsRefusedInPlaceAndChangesNothing() {
        model.add();
        Plan before = document.getPlan();
        editor.services().textProperty().set("legacy-db, ghost");

        assertFalse(editor.services().commit());

        assertEquals(before, document.getPlan());
        assertTrue(editor.services().errorProperty().get().contains("ghost"), editor.services().errorProperty().get());
        assertEquals("legacy-db, ghost", editor.services().textProperty().get(), "what was typed stays");
    }

    @Test
    void aBadDeclarationDelayIsRefusedInPlace() {
        model.add();
        editor.declarationDelay().textProperty().set("soon");

        assertFalse(editor.declarationDelay().commit());

        assertNull(scenario("scenario").declarationDelay());
        assertTrue(editor.declarationDelay().errorProperty().get() != null);
    }

    @Test
    void theTotalScenarioCannotBeDeletedAndTheMessageSaysWhy() {
        model.selectedIdProperty().set(Scenario.TOTAL_ID);
        assertTrue(model.totalSelectedProperty().get());

        model.deleteSelected();

        assertTrue(document.getPlan().scenario(Scenario.TOTAL_ID).isPresent());
        assertTrue(model.messageProperty().get().startsWith("Cannot delete Everything lost"), model.messageProperty().get());
    }

    @Test
    void duplicateThenDeleteAreUndoable() {
        model.add();
        editor.setRegionLost("us-east", true);
        model.duplicateSelected();
        assertEquals("scenario-copy", model.selectedIdProperty().get());
        assertEquals(List.of("us-east"), scenario("scenario-copy").regions());
        assertTrue(undoLabel().contains("Duplicate scenario New scenario"), undoLabel());

        model.deleteSelected();
        assertTrue(document.getPlan().scenario("scenario-copy").isEmpty());
        assertNull(model.selectedIdProperty().get());
        document.undo();
        assertTrue(document.getPlan().scenario("scenario-copy").isPresent());
    }

    @Test
    void aScenarioADrillExercisedCannotBeDeletedAndTheMessageNamesTheDrill() {
        model.add();
        document.apply("Record drill", plan -> plan.withDrill(
                new Drill("spring", LocalDate.of(2026, 3, 14), "Spring failover", "scenario", "", List.of())));
        Plan before = document.getPlan();

        model.deleteSelected();

        assertEquals(before, document.getPlan());
        assertEquals("scenario", model.selectedIdProperty().get());
        assertEquals("Cannot delete New scenario: Drill Spring failover exercised this scenario.",
                model.messageProperty().get());
        assertTrue(undoLabel().contains("Record drill"), undoLabel());
    }
}
