package com.recoveryworkbench.ui.drills;

import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.ui.form.Formats;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The results grid of the selected drill ({@code #drill-results}), edited like a spreadsheet: Enter
 * or F2 (or a double click) edits the cell under the cursor, Shortcut+V pastes tab-separated rows from
 * that cell down. Read-only columns first: the service, its tier, when it is up as planned and as proven
 * (a proven up time later than planned is drawn as late), the plan's restore time now and the one it
 * claimed on the day; then the columns typed into, in {@link ResultColumn}'s order. Refusals appear under the grid ({@code #drill-results-message}). FX thread only.
 */
final class ResultsGridView {
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);

    private final DrillResultsModel model;
    private final TableView<ResultRow> table = new TableView<>();
    private final VBox root;

    ResultsGridView(DrillResultsModel model) {
        this.model = model;
        table.setId("drill-results");
        table.setItems(model.rows());
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(new Label("Select a drill to see and enter its results."));
        table.getColumns().addAll(List.of(
                wide(fixed("Service", "results-service", ResultRow::name), 150),
                fixed("Tier", "results-tier", ResultRow::tier),
                fixed("Planned up", "results-planned-up", r -> Formats.duration(r.plannedUp())),
                provenUp(),
                fixed("Restore time", "results-restore", r -> Formats.duration(r.restoreTime())),
                fixed("Claimed", "results-claimed", r -> r.hasResult() ? Formats.duration(r.claimed()) : ""),
                // The columns a person types into, side by side in the order a pasted row fills them.
                text(ResultColumn.MEASURED, r -> Durations.format(r.measured())),
                text(ResultColumn.DATA_LOSS, r -> Durations.format(r.dataLoss())),
                outcome(),
                wide(text(ResultColumn.NOTES, ResultRow::notes), 260)));
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        Label message = new Label();
        message.setId("drill-results-message");
        message.getStyleClass().add("error-message");
        message.setTextFill(Color.web("#c00000"));
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        Label basis = new Label("Proven up: with each service's latest measured time, whichever drill measured it"
                + " (the planned time where none did).");
        basis.setWrapText(true);
        basis.getStyleClass().add("hint");
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(6, table, message, basis);
    }

    private void keyPressed(KeyEvent e) {
        if (table.getEditingCell() != null) {
            return;
        }
        TablePosition<ResultRow, ?> at = table.getFocusModel().getFocusedCell();
        if (PASTE.match(e)) {
            String text = Clipboard.getSystemClipboard().getString();
            if (at != null && at.getRow() >= 0 && text != null) {
                model.paste(at.getRow(), columnAt(at.getTableColumn()), text);
            }
            e.consume();
        } else if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) && at != null && at.getRow() >= 0
                && at.getTableColumn() != null && at.getTableColumn().isEditable()) {
            table.edit(at.getRow(), at.getTableColumn());
            e.consume();
        }
    }

    /** The column a paste starts in: the one under the cursor, or Measured from a read-only column. */
    private static ResultColumn columnAt(TableColumn<ResultRow, ?> column) {
        return column != null && column.getUserData() instanceof ResultColumn typed ? typed : ResultColumn.MEASURED;
    }

    private static TableColumn<ResultRow, String> wide(TableColumn<ResultRow, String> column, double width) {
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<ResultRow, String> fixed(String title, String id, Function<ResultRow, String> value) {
        TableColumn<ResultRow, String> column = new TableColumn<>(title);
        // Wide enough for the header: the grid scrolls sideways rather than cut "Proven up" to "Prov…".
        column.setPrefWidth(Math.max(70, title.length() * 8.5 + 20));
        column.setId(id);
        column.setEditable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private TableColumn<ResultRow, String> typed(ResultColumn typed, Function<ResultRow, String> value) {
        TableColumn<ResultRow, String> column = fixed(typed.title(), "results-" + typed.name().toLowerCase(Locale.ROOT)
                .replace('_', '-'), value);
        column.setEditable(true);
        column.setUserData(typed);
        column.setOnEditCommit(edit -> {
            if (!model.type(edit.getRowValue().service(), typed, edit.getNewValue())) {
                // The cell shows what was typed; the grid shows the drill as it still is.
                table.refresh();
            }
        });
        return column;
    }

    private TableColumn<ResultRow, String> text(ResultColumn typed, Function<ResultRow, String> value) {
        TableColumn<ResultRow, String> column = typed(typed, value);
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        return column;
    }

    private TableColumn<ResultRow, String> outcome() {
        TableColumn<ResultRow, String> column = typed(ResultColumn.OUTCOME,
                r -> r.hasResult() ? r.outcome().code() : ResultRow.NO_OUTCOME);
        column.setCellFactory(ComboBoxTableCell.forTableColumn(FXCollections.observableArrayList(
                ResultRow.NO_OUTCOME, "recovered", "partial", "failed")));
        return column;
    }

    private static TableColumn<ResultRow, String> provenUp() {
        TableColumn<ResultRow, String> column = fixed("Proven up", "results-proven-up",
                r -> Formats.duration(r.provenUp()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                ResultRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : text);
                setStyle(row != null && later(row.provenUp(), row.plannedUp()) ? Formats.LATE_STYLE : null);
            }
        });
        return column;
    }

    private static boolean later(Duration proven, Duration planned) {
        return proven != null && planned != null && proven.compareTo(planned) > 0;
    }

    Node node() {
        return root;
    }
}
