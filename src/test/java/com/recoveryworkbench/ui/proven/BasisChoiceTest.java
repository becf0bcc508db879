package com.recoveryworkbench.ui.proven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.drill.Basis;
import com.recoveryworkbench.testplans.DrilledPlans;
import com.recoveryworkbench.testplans.TestPlans;
import com.recoveryworkbench.ui.SameThreadWorkbench;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BasisChoiceTest {
    private static Duration checkoutUp(WorkbenchState workbench) {
        return workbench.liveAnalysis().getAnalysis().result("checkout").orElseThrow().up();
    }

    @Test
    void withoutADrillProvenCannotBeChosenAndTheTooltipSaysWhy() {
        WorkbenchState workbench = SameThreadWorkbench.of(TestPlans.checkout(), DrilledPlans.NOV_17);
        BasisChoice choice = new BasisChoice(workbench);

        assertFalse(choice.availableProperty().get());
        assertEquals("No drill results yet: add one in the Drills tab", choice.explanationProperty().get());
        choice.toggle();
        assertEquals(Basis.PLANNED, workbench.basisProperty().get());
    }

    @Test
    void withADrillTheToggleSwitchesEveryViewToTheProvenTimesAndBack() {
        WorkbenchState workbench = SameThreadWorkbench.of(DrilledPlans.checkout(), DrilledPlans.NOV_17);
        BasisChoice choice = new BasisChoice(workbench);
        assertTrue(choice.availableProperty().get());
        assertEquals(Duration.ofMinutes(52), checkoutUp(workbench));

        choice.toggle();
        assertEquals(Basis.PROVEN, workbench.basisProperty().get());
        // Legacy DB measured 55m: 55 + Auth 4 + Checkout 8.
        assertEquals(Duration.ofMinutes(67), checkoutUp(workbench));

        choice.toggle();
        assertEquals(Duration.ofMinutes(52), checkoutUp(workbench));
    }

    @Test
    void aPlanThatLosesItsLastDrillGoesBackToPlanned() {
        WorkbenchState workbench = SameThreadWorkbench.of(DrilledPlans.checkout(), DrilledPlans.NOV_17);
        BasisChoice choice = new BasisChoice(workbench);
        choice.toggle();

        workbench.document().apply("Delete drill", plan -> plan.withDrills(List.of()));

        assertFalse(choice.availableProperty().get());
        assertEquals(Basis.PLANNED, workbench.basisProperty().get());
        assertEquals(Duration.ofMinutes(52), checkoutUp(workbench));
    }
}
