package com.recoveryworkbench.ui.drills;

import com.recoveryworkbench.model.Drill;
import com.recoveryworkbench.ui.form.Editors;
import com.recoveryworkbench.ui.form.Form;
import com.recoveryworkbench.ui.form.PlanUndoKeys;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Drills tab ({@code #drills}): the drill log, newest first ({@code #drills-log}); Add drill
 * ({@code #drills-add}) and Delete ({@code #drills-delete}, then {@code #drills-delete-confirm} or
 * {@code #drills-delete-cancel}); a form for the selected drill ({@code #drill-name}, {@code #drill-date},
 * {@code #drill-scenario}, {@code #drill-notes}; refusals in {@code #drills-error}) and its results grid.
 * FX thread only.
 */
public final class DrillsView {
    private final WorkbenchState workbench;
    private final DrillLogModel model;
    private final TableView<Drill> log = new TableView<>();
    private final VBox root;
    private boolean syncing;

    /** @param today the day new drills take and drill dates may not be after */
    public DrillsView(WorkbenchState workbench, Supplier<LocalDate> today) {
        this.workbench = workbench;
        model = new DrillLogModel(workbench.document(), today);
        DrillResultsModel results = new DrillResultsModel(workbench);
        results.drillIdProperty().bind(model.selectedIdProperty());
        log.setId("drills-log");
        log.setItems(model.drills());
        log.setPrefHeight(150);
        log.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        log.setPlaceholder(new Label("No drill yet: Add drill records a restore test and what it measured."));
        log.getColumns().add(column("Date", d -> d.date().toString()));
        log.getColumns().add(column("Name", Drill::name));
        log.getColumns().add(column("Scenario", d -> workbench.document().getPlan().scenario(d.scenario())
                .map(s -> s.name()).orElse(d.scenario())));
        log.getColumns().add(column("Results", DrillSummary::outcomes));
        // A renamed scenario changes no drill, so the log would keep its old name without this.
        workbench.document().planProperty().addListener((obs, old, plan) -> log.refresh());
        Button add = button("Add drill", "drills-add");
        add.setOnAction(e -> model.add());
        Button delete = button("Delete", "drills-delete");
        delete.disableProperty().bind(model.editingProperty().not());
        delete.setOnAction(e -> model.askDelete());
        Node editor = editor();
        editor.visibleProperty().bind(model.editingProperty());
        editor.managedProperty().bind(model.editingProperty());
        Node grid = new ResultsGridView(results).node();
        VBox.setVgrow(grid, Priority.ALWAYS);
        root = new VBox(8, log, new HBox(8, add, delete), deleteQuestion(), editor, grid);
        root.setPadding(new Insets(8));
        root.setId("drills");
        PlanUndoKeys.install(root, workbench.document());
        wireSelection();
    }

    private static TableColumn<Drill, String> column(String title, Function<Drill, String> value) {
        TableColumn<Drill, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private static Button button(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        return button;
    }

    private Node deleteQuestion() {
        Label question = new Label();
        question.setWrapText(true);
        question.textProperty().bind(model.deleteQuestionProperty());
        Button confirm = button("Delete", "drills-delete-confirm");
        confirm.setOnAction(e -> model.confirmDelete());
        Button keep = button("Keep", "drills-delete-cancel");
        keep.setOnAction(e -> model.cancelDelete());
        HBox box = new HBox(8, question, confirm, keep);
        box.setId("drills-delete-question");
        HBox.setHgrow(question, Priority.ALWAYS);
        box.visibleProperty().bind(model.deleteQuestionProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void wireSelection() {
        // Focus first, so the listener below sees a person's click (cells select before the table focuses).
        log.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> log.requestFocus());
        log.getSelectionModel().selectedItemProperty().addListener((obs, old, drill) -> {
            // Only a person picking a drill changes the selection; a log refreshed by an edit drops its
            // selection for a moment, and that must not close the editor.
            if (!syncing && log.isFocused() && drill != null) {
                model.selectedIdProperty().set(drill.id());
            }
        });
        model.drills().addListener((ListChangeListener<Drill>) change -> selectRow());
        model.selectedIdProperty().addListener((obs, old, id) -> selectRow());
    }

    private void selectRow() {
        syncing = true;
        try {
            String id = model.selectedIdProperty().get();
            log.getItems().stream().filter(d -> d.id().equals(id)).findFirst().ifPresentOrElse(
                    d -> log.getSelectionModel().select(d), () -> log.getSelectionModel().clearSelection());
        } finally {
            syncing = false;
        }
    }

    private Node editor() {
        DrillEditorModel drill = model.editor();
        TextArea notes = Editors.area(drill.notes(), "drill-notes");
        notes.setPrefRowCount(3);
        notes.setPromptText("What the drill taught: what was slow, what was missing, what to fix");
        Form form = new Form("drills-error");
        form.section("Drill")
                .row("Name", Editors.text(drill.name(), "drill-name"), drill.name())
                .row("Date", Editors.text(drill.date(), "drill-date"), drill.date())
                .row("Scenario", Editors.choice(drill.scenario(), "drill-scenario"), drill.scenario())
                .row("Lessons learned", notes, drill.notes());
        return form.node();
    }

    /** Selects the drill with this id in the log and opens it in the form (File ▸ Import Drill Results… shows the drill it added). */
    public void showDrill(String id) {
        model.selectedIdProperty().set(id);
    }

    public Node node() {
        return root;
    }
}
