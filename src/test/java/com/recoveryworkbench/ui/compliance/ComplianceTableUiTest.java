package com.recoveryworkbench.ui.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.testplans.TestPlans;
import com.recoveryworkbench.ui.SameThreadWorkbench;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The compliance table at the width it gets in a 1440x900 window, beside the inspector. */
@ExtendWith(ApplicationExtension.class)
class ComplianceTableUiTest {
    private WorkbenchState workbench;

    @Start
    void start(Stage stage) {
        workbench = SameThreadWorkbench.of(TestPlans.checkout());
        stage.setScene(new Scene((Parent) new ComplianceTableView(workbench).node(), 960, 300));
        stage.show();
    }

    @Test
    void aLongServiceNameShowsWhole(FxRobot robot) {
        robot.interact(() -> workbench.document().apply("Rename", plan -> plan.withService(
                plan.service("catalog").orElseThrow().toBuilder().name("Edge DNS & CDN catalog").build())));

        TableCell<?, ?> cell = robot.lookup("#complianceTable .table-cell")
                .lookup((TableCell<?, ?> c) -> "Edge DNS & CDN catalog".equals(c.getText())).queryAs(TableCell.class);
        // The cell's text node holds what is drawn: clipped, it would end in an ellipsis.
        assertEquals("Edge DNS & CDN catalog", robot.from(cell).lookup(".text").queryAs(Text.class).getText());
    }

    @Test
    void rowsAreSortedByNameUntilThePersonSortsOtherwise(FxRobot robot) throws Exception {
        // Auth's id sorts first; renamed, its name sorts last.
        robot.interact(() -> workbench.document().apply("Rename", plan -> plan.withService(
                plan.service("auth").orElseThrow().toBuilder().name("Zeta sign-in").build())));
        @SuppressWarnings("unchecked")
        TableView<ComplianceRow> table = robot.lookup("#complianceTable").queryAs(TableView.class);

        List<String> names = WaitForAsyncUtils.asyncFx(() -> table.getItems().stream().map(ComplianceRow::name)
                .toList()).get();

        assertEquals("Zeta sign-in", names.get(names.size() - 1), names::toString);
        assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names);
    }
}
