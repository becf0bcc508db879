package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.state.LiveAnalysis;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The canvas alone in a window, on an empty plan that is analysed as soon as it changes (on the FX
 * thread, so a test never waits for a worker): what the canvas tests start from.
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

    /** Runs {@code work} on the FX thread and waits until the events it caused are handled. */
    static <T> T onFx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get();
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }
}
