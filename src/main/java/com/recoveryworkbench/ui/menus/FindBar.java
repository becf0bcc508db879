package com.recoveryworkbench.ui.menus;

import static com.recoveryworkbench.ui.menus.Commands.action;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.canvas.PlanCanvasView;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.textfield.TextFields;

/**
 * The search field of the toolbar and its Filter toggle: typing lists matching services
 * ({@link ServiceSearch}), Enter or a chosen completion selects and reveals them, Escape clears the
 * field and hands the keyboard back to the map; Filter dims every service the search does not match.
 * FX thread only.
 */
public final class FindBar {
    /** The least zoom at which a card's name reads comfortably. */
    public static final double READABLE_ZOOM = 0.75;

    private final WorkbenchState workbench;
    private final PlanCanvasView canvas;
    private final TextField field = new TextField();
    private final ToggleButton filter = new ToggleButton("Filter");
    private final Action find;

    FindBar(WorkbenchState workbench, PlanCanvasView canvas) {
        this.workbench = workbench;
        this.canvas = canvas;
        field.setId("searchField");
        field.setPromptText("Find services");
        field.setPrefColumnCount(10);
        field.setTooltip(new Tooltip("Find services by name, id, owner, tier, region or kind (Ctrl+F)"));
        field.setOnAction(e -> reveal(matches()));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
                canvas.requestFocus();
                e.consume();
            }
        });
        TextFields.bindAutoCompletion(field, request -> ServiceSearch.matches(plan(), analysis(), request.getUserText()),
                new Names()).setOnAutoCompleted(e -> reveal(List.of(e.getCompletion())));
        filter.setId("searchFilter");
        filter.setFocusTraversable(false);
        filter.setTooltip(new Tooltip("Dim every service the search does not match"));
        field.textProperty().addListener(x -> updateFilter());
        filter.selectedProperty().addListener(x -> updateFilter());
        workbench.document().planProperty().addListener(x -> updateFilter());
        // A search for "missed" follows the verdicts as the analysis catches up with edits.
        workbench.liveAnalysis().analysisProperty().addListener(x -> updateFilter());
        find = action("Find…", "Shortcut+F", "Find services by name, id, owner, tier, region, kind or verdict (missed, risk, blocked).", () -> {
            field.requestFocus();
            field.selectAll();
        });
    }

    private Plan plan() {
        return workbench.document().getPlan();
    }

    private Analysis analysis() {
        return workbench.liveAnalysis().analysisProperty().get();
    }

    private List<String> matches() {
        return ServiceSearch.matches(plan(), analysis(), field.getText());
    }

    /**
     * Selects the found services and zooms so they can be read: all of them when they fit at a
     * readable zoom (never past 100%), else the best match alone — a card found but drawn at 15 % is
     * not found for the person looking.
     */
    private void reveal(List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        workbench.reveal(ids);
        if (!readable()) {
            canvas.zoomTo(ids);
            if (!readable()) {
                canvas.zoomTo(List.of(ids.get(0)));
            }
        }
    }

    private boolean readable() {
        return canvas.viewport().zoom() >= READABLE_ZOOM;
    }

    /** No filter while the toggle is off or the field is blank, so Filter alone never dims the whole map. */
    private void updateFilter() {
        boolean on = filter.isSelected() && !field.getText().isBlank();
        canvas.filterProperty().set(on ? Set.copyOf(matches()) : null);
    }

    Action find() {
        return find;
    }

    List<Node> toolbarItems() {
        return List.of(field, filter);
    }

    /** The search field, which the tool row narrows with the window. */
    Region field() {
        return field;
    }

    /**
     * Shows a suggested service id by its name, which the field then holds and still matches; the id
     * is what a completion reveals.
     */
    private final class Names extends StringConverter<String> {
        @Override
        public String toString(String id) {
            return plan().service(id).map(Service::name).orElse(id);
        }

        @Override
        public String fromString(String name) {
            return plan().services().stream().filter(s -> s.name().equals(name)).map(Service::id).findFirst()
                    .orElse(name);
        }
    }
}
