package com.recoveryworkbench.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.analysis.cost.DowntimeCosts;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.testplans.PricedPlans;
import com.recoveryworkbench.testplans.TestPlans;
import com.recoveryworkbench.ui.SameThreadWorkbench;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The restore story's closing step names what the scenario's downtime costs. */
class StoryCostTest {
    @Test
    void theCostSentenceNamesTheScenarioAndTheBlockedServices() {
        Plan plan = PricedPlans.checkoutWithACycle();

        String line = StoryText.cost("Everything lost",
                DowntimeCosts.of(plan, new RecoveryAnalyzer().analyze(plan)).orElseThrow());

        assertEquals("Cost of downtime in Everything lost: 35,730.00 EUR (2 blocked services counted for the whole"
                + " horizon)", line);
    }

    /**
     * {@link PricedPlans#checkout()} losing Legacy DB and Auth: 800.00 + 880.00, and Checkout waiting for
     * Auth until 44m, 4,400.00; 6,080.00 EUR. Its story has the declared step and waves 1 to 3.
     */
    @Test
    void onlyTheLastStepOfAScenarioWithRatesSaysTheCost() {
        WorkbenchState workbench = SameThreadWorkbench.of(PricedPlans.checkout()
                .withScenario(Scenario.losing("data-lost", "Data lost", List.of(), List.of("legacy-db", "auth"))));
        workbench.currentScenarioProperty().set("data-lost");
        StoryPlayer player = new StoryPlayer(workbench);
        player.playingProperty().set(true);

        assertEquals("", player.closingProperty().get());
        player.last();
        assertEquals("Cost of downtime in Data lost: 6,080.00 EUR", player.closingProperty().get());
        player.previous();
        assertEquals("", player.closingProperty().get());
    }

    @Test
    void aPlanWithoutRatesSaysNoCost() {
        StoryPlayer player = new StoryPlayer(SameThreadWorkbench.of(TestPlans.checkout()));
        player.playingProperty().set(true);

        player.last();

        assertEquals("", player.closingProperty().get());
    }
}
