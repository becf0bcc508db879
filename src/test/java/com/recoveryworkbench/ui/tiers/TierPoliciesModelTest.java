package com.recoveryworkbench.ui.tiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.TierPolicy;
import com.recoveryworkbench.testplans.TestPlans;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.form.FieldModel;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TierPoliciesModelTest {
    private final PlanDocument document = new PlanDocument(TestPlans.checkout(), null);
    private final TierPoliciesModel tiers = new TierPoliciesModel(document);

    private TierPolicy tier(String id) {
        return document.getPlan().tier(id).orElseThrow();
    }

    @Test
    void addingATierTakesTheFirstFreeNumberAndSelectsIt() {
        tiers.add();

        assertEquals("Tier 4", tier("tier-4").name());
        assertEquals("tier-4", tiers.selectedIdProperty().get());
        assertEquals("Tier 4", tiers.editor().name().textProperty().get());
        assertEquals("Undo Add tier tier-4", document.history().undoLabelProperty().get());
    }

    @Test
    void aNewRtoTargetIsOneStepAndAnInvalidOneNone() {
        tiers.selectedIdProperty().set("tier-1");
        FieldModel<Duration> rto = tiers.editor().rtoTarget();

        rto.textProperty().set("45");
        assertTrue(rto.commit());
        assertEquals(Duration.ofMinutes(45), tier("tier-1").rtoTarget());
        assertEquals("Undo Set RTO target of tier-1 to 45m", document.history().undoLabelProperty().get());

        Plan before = document.getPlan();
        rto.textProperty().set("");
        assertFalse(rto.commit());
        assertSame(before, document.getPlan());
        assertEquals("a duration is required, such as 40m, 1h30m or 9m11s", rto.errorProperty().get());
    }

    @Test
    void recolouringIsOneStep() {
        tiers.selectedIdProperty().set("tier-2");

        tiers.editor().color().valueProperty().set("#112233");

        assertEquals("#112233", tier("tier-2").color());
        assertEquals("Undo Recolour tier tier-2", document.history().undoLabelProperty().get());
    }

    @Test
    void aTierInUseIsNotRemovedAndTheMessageNamesItsServices() {
        tiers.selectedIdProperty().set("tier-1");

        tiers.removeSelected();

        assertTrue(document.getPlan().tier("tier-1").isPresent());
        assertEquals("Cannot remove tier-1: 2 services use it (Auth, Legacy DB). Move them to another tier first.",
                tiers.messageProperty().get());
        assertFalse(document.history().canUndoProperty().get());
    }

    @Test
    void anUnusedTierIsRemovedAsOneStep() {
        tiers.selectedIdProperty().set("tier-3");

        tiers.removeSelected();

        assertTrue(document.getPlan().tier("tier-3").isEmpty());
        assertEquals("Undo Remove tier tier-3", document.history().undoLabelProperty().get());
        assertEquals(3, tiers.tiers().size());
    }
}
