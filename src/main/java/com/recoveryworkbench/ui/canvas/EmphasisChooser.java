package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.ui.state.HighlightMode;
import java.util.Objects;
import java.util.Set;

/**
 * Picks the highlight of a frame and remembers it until one of its inputs changes, so a frame that
 * only pans costs nothing here. While editing it is the highlight mode's around the one selected
 * service; in presentation it is what the hovered service, or else the one selected service, needs
 * and what needs it. FX thread only.
 */
final class EmphasisChooser {
    private Emphasis emphasis = Emphasis.NONE;
    private Plan plan;
    private Analysis analysis;
    private Set<String> selected;
    private HighlightMode mode;
    private boolean presentation;
    private String hovered;

    Emphasis choose(Plan newPlan, Analysis newAnalysis, Set<String> newSelected, HighlightMode newMode,
                    boolean newPresentation, String newHovered) {
        if (newPlan != plan || newAnalysis != analysis || newSelected != selected || newMode != mode
                || newPresentation != presentation || !Objects.equals(newHovered, hovered)) {
            plan = newPlan;
            analysis = newAnalysis;
            selected = newSelected;
            mode = newMode;
            presentation = newPresentation;
            hovered = newHovered;
            emphasis = compute();
        }
        return emphasis;
    }

    private Emphasis compute() {
        if (!presentation) {
            return Emphasis.of(analysis, selected, mode);
        }
        String focus = hovered != null ? hovered : selected.size() == 1 ? selected.iterator().next() : null;
        return focus == null ? Emphasis.NONE : Emphasis.around(plan, focus);
    }
}
