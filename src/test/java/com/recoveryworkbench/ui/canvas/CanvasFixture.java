package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.FxWait;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.state.LiveAnalysis;
import com.recoveryworkbench.ui.state.WorkbenchState;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The canvas alone in a window, on an empty plan that is analysed as soon as it changes (on the FX
 * thread, so a test never waits for a worker): what the canvas tests start from, with the plan they
 * open and the cards they put on it.
 */
final class CanvasFixture {
    final WorkbenchState workbench;
    final PlanCanvasView view;

    private CanvasFixture(WorkbenchState workbench, PlanCanvasView view) {
        this.workbench = workbench;
        this.view = view;
    }

    /** Shows a fresh canvas of {@code width} × {@code height} on {@code stage}. FX thread (a TestFX {@code @Start}). */
    static CanvasFixture show(Stage stage, double width, double height) {
        WorkbenchState workbench = new WorkbenchState(new PlanDocument(Plan.empty("Test"), null),
                new LiveAnalysis(Runnable::run, Runnable::run, new RecoveryAnalyzer()::analyzeAll));
        PlanCanvasView view = new PlanCanvasView(workbench);
        stage.setScene(new Scene(new StackPane(view.node()), width, height));
        stage.show();
        return new CanvasFixture(workbench, view);
    }

    /** An application service whose card's top-left corner is at ({@code x}, {@code y}). */
    static Service card(String id, double x, double y) {
        return Service.builder(id, ServiceKind.APPLICATION).position(x, y).build();
    }

    /** Opens {@code plan} on the canvas at 100% and waits until it is shown. Any thread but the FX thread. */
    void open(Plan plan) throws Exception {
        FxWait.onFx(() -> {
            workbench.document().replace(plan, null);
            view.zoomToActualSize();
        });
    }
}
