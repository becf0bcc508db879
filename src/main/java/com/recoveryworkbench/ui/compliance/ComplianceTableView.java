package com.recoveryworkbench.ui.compliance;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.drill.Basis;
import com.recoveryworkbench.analysis.drill.DrillAnalyses;
import com.recoveryworkbench.ui.form.Formats;
import com.recoveryworkbench.ui.form.Sorting;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Callback;

/**
 * The compliance table ({@code #complianceTable}): every service with its wave, up time (on the proven
 * basis also the planned one, {@code #complianceColumnPlannedUp}), RTO target, slack, RPO, verdict and,
 * when the plan has rates, its cost of downtime ({@code #complianceCostColumn}), sortable by every column
 * and filtered by text ({@code #complianceFilter})
 * and verdict ({@code #complianceStateFilter}). Selecting rows selects the services on the canvas and
 * the other way round. FX thread only.
 */
public final class ComplianceTableView {
    private final WorkbenchState workbench;
    private final ComplianceTableModel model = new ComplianceTableModel();
    private final TableView<ComplianceRow> table = new TableView<>();
    private final BorderPane root = new BorderPane();
    private boolean syncing;

    public ComplianceTableView(WorkbenchState workbench) {
        this.workbench = workbench;
        SortedList<ComplianceRow> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("complianceTable");
        Label empty = new Label();
        empty.setId("complianceEmpty");
        empty.textProperty().bind(model.emptyMessage());
        table.setPlaceholder(empty);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().addAll(List.of(
                column("Service", 200, 120, ComplianceRow::name, Sorting.TEXT, ComplianceCells.text(s -> s)),
                column("Tier", 70, 55, ComplianceRow::tier, Sorting.TEXT, ComplianceCells.text(s -> s)),
                column("Wave", 55, 50, ComplianceRow::wave, Sorting.WAVES,
                        ComplianceCells.text(w -> w == null ? Formats.NONE : w.toString())),
                column("Up", 80, 75, ComplianceRow::up, Sorting.DURATIONS, ComplianceCells.text(Formats::duration)),
                plannedUpColumn(),
                column("RTO target", 85, 55, ComplianceRow::rtoTarget, Sorting.DURATIONS,
                        ComplianceCells.text(Formats::duration)),
                column("Slack", 80, 80, ComplianceRow::slack, Sorting.DURATIONS, ComplianceCells.slack()),
                column("RPO / target", 105, 90, row -> row, Comparator.comparing(ComplianceRow::rpo, Sorting.RPO),
                        ComplianceCells.text(row -> row.rpo() == null ? Formats.NONE
                                : Formats.rpoVersus(row.rpo(), row.rpoTarget()))),
                column("Compliance", 110, 100, ComplianceRow::compliance, Sorting.VERDICTS, ComplianceCells.verdict()),
                costColumn(),
                column("Owner", 120, 80, ComplianceRow::owner, Sorting.TEXT, ComplianceCells.text(s -> s))));
        // By name until the person sorts otherwise: the plan's order is by id, which readers do not see.
        table.getSortOrder().add(table.getColumns().get(0));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        WholeHeaders.install(table);
        root.setTop(filters());
        root.setCenter(table);
        wire(sorted);
    }

    /**
     * "Planned up" beside "Up", shown only on the proven basis, where "Up" is what the drills prove and
     * this the figure the plan claims. Its minimum width holds its title: hidden at first, it has no
     * header yet when {@link WholeHeaders} measures the others.
     */
    private TableColumn<ComplianceRow, Duration> plannedUpColumn() {
        TableColumn<ComplianceRow, Duration> column = column("Planned up", 105, 105, ComplianceRow::plannedUp,
                Sorting.DURATIONS, ComplianceCells.text(Formats::duration));
        column.setId("complianceColumnPlannedUp");
        column.visibleProperty().bind(workbench.basisProperty().isEqualTo(Basis.PROVEN));
        return column;
    }

    /** Shown only when the plan has rates: a plan without them shows no money, not an empty column. */
    private TableColumn<ComplianceRow, RowCost> costColumn() {
        TableColumn<ComplianceRow, RowCost> cost = column("Downtime cost", 150, 110, ComplianceRow::cost,
                RowCost.BY_AMOUNT, ComplianceCells.text(c -> c == null ? Formats.NONE : c.text()));
        cost.setId("complianceCostColumn");
        cost.visibleProperty().bind(model.costShownProperty());
        // Rows built before the column showed could keep their cells in the old columns (the owner's name
        // under "Downtime cost"): rebuild every row's cells when it comes or goes.
        model.costShownProperty().addListener((obs, was, shown) -> table.refresh());
        return cost;
    }

    private Node filters() {
        TextField text = new TextField();
        text.setId("complianceFilter");
        text.setPromptText("Filter by name, id, owner or tier");
        text.textProperty().bindBidirectional(model.filterTextProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        ChoiceBox<ComplianceFilter> state = new ChoiceBox<>();
        state.setId("complianceStateFilter");
        state.getItems().setAll(ComplianceFilter.values());
        state.valueProperty().bindBidirectional(model.complianceFilterProperty());
        Label count = new Label();
        count.textProperty().bind(model.countProperty());
        HBox bar = new HBox(8, text, state, count);
        bar.setPadding(new Insets(6));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    private void wire(SortedList<ComplianceRow> sorted) {
        workbench.liveAnalysis().analysisProperty().addListener((obs, old, analysis) -> refresh());
        workbench.document().planProperty().addListener((obs, old, plan) -> refresh());
        workbench.costs().currentProperty().addListener((obs, old, cost) -> refresh());
        workbench.selection().servicesProperty().addListener((obs, old, ids) -> selectRows(ids));
        // Rows that come back after a filter or a refresh are selected again from the workbench.
        sorted.addListener((ListChangeListener<ComplianceRow>) change -> selectRows(workbench.selection().getServices()));
        // Focus first, so the selection listener below sees a person's click (cells select before the table focuses).
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> table.requestFocus());
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ComplianceRow>) change -> {
            // Only a person picking rows (the table has focus) changes the selection; rows that vanish
            // under a filter or a refresh must not deselect services on the canvas.
            if (!syncing && table.isFocused()) {
                List<String> ids = table.getSelectionModel().getSelectedItems().stream().map(ComplianceRow::id).toList();
                syncing = true;
                try {
                    workbench.reveal(ids);
                } finally {
                    syncing = false;
                }
            }
        });
        refresh();
    }

    /** Rows replaced by an update may drop out of the table's selection for a moment; that is not a person's choice. */
    private void refresh() {
        syncing = true;
        try {
            model.update(workbench.document().getPlan(), workbench.liveAnalysis().getAnalysis(), plannedAnalysis(),
                    workbench.costs().getCurrent());
        } finally {
            syncing = false;
        }
        selectRows(workbench.selection().getServices());
    }

    /** The current scenario analysed with the plan's own restore times; {@code null} before the first analysis. */
    private Analysis plannedAnalysis() {
        DrillAnalyses both = workbench.liveAnalysis().getBothBases();
        return both == null ? null : both.planned().of(workbench.currentScenarioProperty().get())
                .orElse(workbench.liveAnalysis().getAnalysis());
    }

    private void selectRows(Set<String> ids) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            var selection = table.getSelectionModel();
            selection.clearSelection();
            List<ComplianceRow> items = table.getItems();
            int[] indices = java.util.stream.IntStream.range(0, items.size())
                    .filter(i -> ids.contains(items.get(i).id())).toArray();
            if (indices.length > 0) {
                selection.selectIndices(indices[0], java.util.Arrays.copyOfRange(indices, 1, indices.length));
            }
        } finally {
            syncing = false;
        }
    }

    /** @param width the preferred width: names get room, short figures (tier, wave) get little */
    /** {@code minWidth}: what the column's values need at the base font size (see {@link WholeHeaders}). */
    private static <T> TableColumn<ComplianceRow, T> column(String title, double width, double minWidth,
                                                            Function<ComplianceRow, T> value,
                                                            Comparator<T> order,
                                                            Callback<TableColumn<ComplianceRow, T>, javafx.scene.control.TableCell<ComplianceRow, T>> cells) {
        TableColumn<ComplianceRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(value.apply(data.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        column.setComparator(order);
        column.setCellFactory(cells);
        return column;
    }

    public Node node() {
        return root;
    }
}
