package com.recoveryworkbench.ui.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.testplans.PricedPlans;
import com.recoveryworkbench.testplans.TestPlans;
import com.recoveryworkbench.ui.SameThreadWorkbench;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The "Downtime cost" column is there for a plan with rates and absent without: a plan without rates shows no money. */
@ExtendWith(ApplicationExtension.class)
class ComplianceCostColumnUiTest {
    private WorkbenchState workbench;

    @Start
    void start(Stage stage) {
        workbench = SameThreadWorkbench.of(TestPlans.checkout());
        stage.setScene(new Scene((Parent) new ComplianceTableView(workbench).node(), 960, 300));
        stage.show();
    }

    private static boolean headerShown(FxRobot robot) {
        return robot.lookup("#complianceTable .column-header .label")
                .match((Label label) -> "Downtime cost".equals(label.getText()) && label.isVisible()
                        && label.getScene() != null)
                .tryQuery().isPresent();
    }

    @Test
    void theColumnAppearsWhenThePlanGetsRatesAndGoesWhenTheyGo(FxRobot robot) {
        assertFalse(headerShown(robot), "no rates, no cost column");

        robot.interact(() -> workbench.document().apply("Rates", plan -> PricedPlans.priced(plan, "EUR",
                Map.of("tier-0", "6000", "tier-1", "1200", "tier-2", "300"))));

        assertTrue(headerShown(robot), "rates give the cost column");
        // Its title is whole, not cut to "Downtime c…": the header's text node holds what is drawn.
        WaitForAsyncUtils.waitForFxEvents();
        Label title = robot.lookup("#complianceTable .column-header .label")
                .match((Label label) -> "Downtime cost".equals(label.getText())).queryAs(Label.class);
        assertEquals("Downtime cost", robot.from(title).lookup(".text").queryAs(Text.class).getText());
        // Checkout, up at 52m at 6,000 EUR an hour.
        assertEquals(1, robot.lookup("#complianceTable .table-cell")
                .match((TableCell<?, ?> cell) -> "5,200.00 EUR".equals(cell.getText())).queryAll().size());

        robot.interact(() -> workbench.document().undo());

        assertFalse(headerShown(robot), "undoing the rates hides the column again");
    }
}
