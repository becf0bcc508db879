package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.ServiceResult;
import com.recoveryworkbench.analysis.ServiceState;
import com.recoveryworkbench.model.Position;
import javafx.scene.canvas.GraphicsContext;

/**
 * How a card shows what the scenario on view does to its service: a service the scenario takes out
 * itself (restored or failed over) gets a hit mark, a notch cut into its top left corner, so a
 * region loss shows which cards it struck; a service the scenario leaves running is drawn quiet
 * (its card already says "unaffected"). The total scenario hits everything, so it marks nothing.
 */
final class ScenarioLook {
    /** Opacity of an unaffected card: still readable, clearly out of the recovery. */
    static final double QUIET_ALPHA = 0.45;
    private static final double MARK = 18;

    private ScenarioLook() {
    }

    static boolean isQuiet(ServiceResult result) {
        return result != null && result.state() == ServiceState.UNAFFECTED;
    }

    static boolean isHit(Analysis analysis, ServiceResult result) {
        return analysis != null && result != null && !analysis.scenario().isTotal()
                && (result.state() == ServiceState.RESTORED || result.state() == ServiceState.FAILED_OVER);
    }

    /** A filled triangle over the card's top left corner, in the text colour, in world units. */
    static void paintHitMark(GraphicsContext g, Palette palette, Position card, double weight) {
        double x = card.x();
        double y = card.y();
        double size = MARK * Math.max(1, weight / palette.lineWeight());
        g.setFill(palette.text());
        g.fillPolygon(new double[] {x - 4, x - 4 + size, x - 4}, new double[] {y - 4, y - 4, y - 4 + size}, 3);
    }
}
