package com.recoveryworkbench.ui.inspector;

import com.recoveryworkbench.ui.form.PlanUndoKeys;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * The inspector ({@code #inspector}): edits the selected service, the selected services, the selected
 * dependency or, with nothing selected, the plan, and shows the selected service's computed result.
 * State lives in {@link InspectorViewModel}; this class only swaps the forms. FX thread only.
 *
 * <p>Editor ids: {@code #inspector-name}, {@code -kind}, {@code -tier}, {@code -restore}, {@code -strategy},
 * {@code -rto}, {@code -rpo}, {@code -stateful}, {@code -protection}, {@code -protection-interval},
 * {@code -protection-transfer}, {@code -owner}, {@code -region}, {@code -group}, {@code -notes}; plan: {@code #inspector-plan-name},
 * {@code -plan-description}, {@code -declaration-delay}, {@code -capacity}; dependency: {@code -dependency-type},
 * {@code -dependency-delete}; refusals: {@code #inspector-error}.
 */
public final class InspectorView {
    private final InspectorViewModel model;
    private final ScrollPane root = new ScrollPane();
    private final Map<InspectorViewModel.Mode, Node> forms = new EnumMap<>(InspectorViewModel.Mode.class);

    public InspectorView(WorkbenchState workbench) {
        model = new InspectorViewModel(workbench);
        root.setId("inspector");
        root.setFitToWidth(true);
        StableScroll.install(root);
        root.setContent(form(model.modeProperty().get()));
        model.modeProperty().addListener((obs, old, mode) -> root.setContent(form(mode)));
        PlanUndoKeys.install(root, workbench.document());
    }

    /** Each form is made the first time it is needed: the window starts faster with one form than with four. */
    private Node form(InspectorViewModel.Mode mode) {
        return forms.computeIfAbsent(mode, m -> switch (m) {
            case PLAN -> new PlanEditorView(model.plan()).node();
            case SERVICE -> new ServiceEditorView(model.service(), model.protection(), model.result()).node();
            case SERVICES -> new MultiServiceEditorView(model.services()).node();
            case DEPENDENCY -> new DependencyEditorView(model.dependency()).node();
        });
    }

    public Node node() {
        return root;
    }
}
