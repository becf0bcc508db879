package com.recoveryworkbench.ui.menus;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Help ▸ Getting Started, also linked from the empty map: the four things a first session is about
 * (draw, connect, read a verdict, present), each in a few sentences that name the real gestures and
 * menu items. The dialog has the id {@code gettingStartedDialog}. FX thread only.
 */
public final class GettingStarted {
    /** A step: its heading and what to do. */
    public record Step(String title, String text) {
    }

    public static final List<Step> STEPS = List.of(
            new Step("1. Draw your services",
                    "Double-click the map (or use Add service) to add a service and type its name. In the"
                            + " inspector on the right, give it a tier and the time its restore takes (40m, 1h30m)."),
            new Step("2. Connect what depends on what",
                    "Drag from a card's right-edge handle onto the service it needs. A hard dependency makes it"
                            + " wait for that service; hold Alt when you drop for a soft one (it runs degraded"
                            + " without it and never waits)."),
            new Step("3. Read the verdicts",
                    "Every card and the Compliance table say whether the service Meets its tier's RTO and RPO,"
                            + " is At risk, Missed, Blocked by a cycle or has Incomplete data. Select a service:"
                            + " the inspector shows when it is up, its slack and the critical path; Findings"
                            + " explain each miss."),
            new Step("4. Present it",
                    "View ▸ Presentation (F5) fills the screen for a projector; the arrow keys step through the"
                            + " restore wave by wave, Escape leaves. File ▸ Export saves the map as a picture, a"
                            + " printable runbook or the table."));

    private GettingStarted() {
    }

    public static void show(Window owner) {
        VBox steps = new VBox(12);
        steps.setPadding(new Insets(4, 8, 4, 8));
        for (Step step : STEPS) {
            Label title = new Label(step.title());
            title.setStyle("-fx-font-weight: bold;");
            Label text = new Label(step.text());
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            steps.getChildren().add(new VBox(4, title, text));
        }
        Label samples = new Label("To see a finished plan first: File ▸ Open Sample.");
        samples.setWrapText(true);
        steps.getChildren().add(samples);
        steps.setPrefWidth(520);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Getting Started");
        alert.setHeaderText("Getting started with Recovery Workbench");
        alert.setGraphic(null);
        alert.getDialogPane().setContent(steps);
        alert.getDialogPane().setId("gettingStartedDialog");
        alert.show();
    }
}
