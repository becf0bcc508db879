package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.FoldedGroups;
import com.recoveryworkbench.model.GroupKind;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.state.Selection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Folding and unfolding the groups the canvas draws as lanes (regions, owners or named groups, as the lanes are): each
 * command is one undoable edit of the plan's layout ("Fold eu-west"), which no analysis reads. Folding
 * drops the services it hides from the selection, so no edit reaches them unseen. FX thread only.
 */
final class FoldCommands {
    private final CanvasState state;

    FoldCommands(CanvasState state) {
        this.state = state;
    }

    /** The kind of group the lanes show; {@code null} when there are no lanes, and so nothing to fold. */
    private GroupKind kind() {
        return state.grouping().kind();
    }

    /** Folds (or unfolds) group {@code name} of the current grouping; false when nothing changed. */
    boolean fold(String name, boolean folded) {
        GroupKind kind = kind();
        if (kind == null) {
            return false;
        }
        return change((folded ? "Fold " : "Unfold ") + name, f -> f.with(kind, name, folded));
    }

    /** Folds every group of the current grouping that has services; false when nothing changed. */
    boolean foldAll() {
        GroupKind kind = kind();
        if (kind == null) {
            return false;
        }
        Set<String> groups = groupsOf(state.workbench().document().getPlan(), kind);
        return change("Fold all " + kind.plural(), f -> f.with(kind, groups));
    }

    /** Unfolds every group of the current grouping; false when none was folded. */
    boolean unfoldAll() {
        GroupKind kind = kind();
        if (kind == null) {
            return false;
        }
        return change("Unfold all " + kind.plural(), f -> f.with(kind, List.of()));
    }

    /** Whether group {@code name} of the current grouping is folded. */
    boolean isFolded(String name) {
        GroupKind kind = kind();
        return kind != null && state.workbench().document().getPlan().folded().isFolded(kind, name);
    }

    private static Set<String> groupsOf(Plan plan, GroupKind kind) {
        Set<String> groups = new TreeSet<>();
        for (Service s : plan.services()) {
            String group = kind.groupOf(s);
            if (!group.isEmpty()) {
                groups.add(group);
            }
        }
        return groups;
    }

    private boolean change(String description, UnaryOperator<FoldedGroups> change) {
        Plan plan = state.workbench().document().getPlan();
        FoldedGroups after = change.apply(plan.folded());
        if (after.equals(plan.folded())) {
            return false;
        }
        boolean changed = state.apply(description, p -> p.withFolded(change.apply(p.folded())));
        if (changed) {
            Selection selection = state.workbench().selection();
            SpatialIndex shown = state.services();
            List<String> kept = selection.getServices().stream().filter(id -> shown.service(id) != null).toList();
            if (kept.size() != selection.getServices().size()) {
                selection.selectServices(kept);
            }
            state.repaint();
        }
        return changed;
    }
}
