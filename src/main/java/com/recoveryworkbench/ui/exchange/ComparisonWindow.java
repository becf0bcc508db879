package com.recoveryworkbench.ui.exchange;

import com.recoveryworkbench.analysis.diff.PlanComparison;
import com.recoveryworkbench.analysis.diff.PlanDiff;
import com.recoveryworkbench.io.export.DiffText;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.files.FileActions;
import com.recoveryworkbench.ui.state.BackgroundTasks;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The report of File ▸ Compare with…: what changed from another version of the plan (a file) to the
 * open plan, and what it did to the recovery — the same report as the {@code diff} command. It
 * follows the open plan: edits are compared in the background, one comparison at a time, and a
 * report of a plan that changed meanwhile is never shown. Each report also goes to
 * {@code onCompared} (the canvas marks added and changed services); closing the window hands it
 * {@code null}. The file is taken as the older version; Swap ({@code #comparisonSwap}) reads the
 * other way, for a colleague's newer copy, and the heading ({@code #comparisonHeading}) and the
 * title always say which side is the older. Swapped, the map shows no marks: they mark what changed
 * on the open plan's cards, and then the open plan is the one changes are measured from.
 * FX thread only; the report text area has the id {@code comparisonReport}.
 */
final class ComparisonWindow {
    private final Stage stage = new Stage();
    private final TextArea report = new TextArea();
    private final Label heading = new Label();
    private final PlanDocument document;
    private final Plan other;
    private final String otherName;
    private final BackgroundTasks tasks;
    private final Consumer<PlanComparison> onCompared;
    private final InvalidationListener planChanged = x -> compare();
    private boolean closed;
    private boolean comparing;
    private boolean outdated;
    /** False: the file is the older version (the default); true after Swap. */
    private boolean openIsOlder;

    /**
     * {@code other}: the plan read from the file named {@code otherName} (or a variant held in memory),
     * at first taken as the older one unless {@code openIsOlder}.
     */
    ComparisonWindow(Window owner, PlanDocument document, Plan other, String otherName, boolean openIsOlder,
                     BackgroundTasks tasks, Consumer<PlanComparison> onCompared) {
        this.openIsOlder = openIsOlder;
        this.document = Objects.requireNonNull(document, "document");
        this.other = Objects.requireNonNull(other, "other");
        this.otherName = Objects.requireNonNull(otherName, "otherName");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.onCompared = Objects.requireNonNull(onCompared, "onCompared");
        report.setId("comparisonReport");
        report.setEditable(false);
        report.getStyleClass().add("comparison-report");
        heading.setWrapText(true);
        heading.getStyleClass().add("comparison-heading");
        heading.setId("comparisonHeading");
        Button swap = new Button("Swap Older and Newer");
        swap.setId("comparisonSwap");
        swap.setOnAction(e -> swap());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, swap, close);
        buttons.setPadding(new Insets(8, 0, 0, 0));
        BorderPane root = new BorderPane(report, heading, null, buttons, null);
        root.setPadding(new Insets(12));
        BorderPane.setMargin(heading, new Insets(0, 0, 8, 0));
        Scene scene = new Scene(root, 720, 560);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.initOwner(owner);
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            closed = true;
            document.planProperty().removeListener(planChanged);
            onCompared.accept(null);
        });
        document.planProperty().addListener(planChanged);
    }

    void show() {
        compare();
        stage.show();
    }

    /** Reads the comparison the other way round: the open plan as the older version. */
    private void swap() {
        openIsOlder = !openIsOlder;
        compare();
    }

    /** "shop-v1.rplan.json (older) → the open plan "Shop" (newer)", or the other way after Swap. */
    private String direction(Plan open) {
        String file = otherName;
        String plan = "the open plan \"" + open.name() + "\"";
        return openIsOlder ? plan + " (older) → " + file + " (newer)" : file + " (older) → " + plan + " (newer)";
    }

    void close() {
        stage.close();
    }

    /**
     * Compares the open plan, one comparison at a time: a drag changes the plan at every mouse move, and
     * queueing a comparison (two analyses) for each would hold up the saves that share the worker.
     * Edits made meanwhile are compared as soon as the running comparison ends.
     */
    private void compare() {
        if (comparing) {
            outdated = true;
            return;
        }
        comparing = true;
        outdated = false;
        Plan open = document.getPlan();
        boolean swapped = openIsOlder;
        String direction = direction(open);
        heading.setText("Changes from " + direction + " (comparing…)");
        stage.setTitle("Compare: " + direction);
        tasks.run(() -> swapped ? PlanDiff.compare(open, other) : PlanDiff.compare(other, open), comparison -> {
            comparing = false;
            if (closed) {
                return;
            }
            if (outdated) {
                compare();
                return;
            }
            heading.setText("Changes from " + direction);
            report.setText(DiffText.render(comparison));
            onCompared.accept(swapped ? null : comparison);
        }, error -> {
            comparing = false;
            report.setText("Cannot compare the plans: " + FileActions.messageOf(error));
        });
    }
}
