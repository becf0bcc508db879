package com.recoveryworkbench.ui.scenarios;

import com.recoveryworkbench.analysis.ScenarioAnalyses;
import com.recoveryworkbench.io.export.ScenarioMatrix;
import com.recoveryworkbench.io.export.VerdictLook;
import com.recoveryworkbench.model.Scenario;
import com.recoveryworkbench.ui.form.VerdictStyle;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The scenario matrix ({@code #scenario-matrix}): a row per service, a column per scenario, each cell
 * the verdict (colour and symbol) and the up time in that scenario; every column sorts (worst verdict
 * first, then latest up time). Below it, when the plan has rates, a row gives each scenario's cost of
 * downtime, and a row per tier ({@code #scenario-matrix-tiers}) counts the services on time in each
 * scenario. Export CSV… ({@code #scenario-matrix-export}) writes what is
 * shown. Built from the analyses the window already has, so it follows every edit. FX thread only.
 */
public final class ScenarioMatrixView {
    private static final double NAME_WIDTH = 170;
    private static final double TIER_WIDTH = 60;
    private static final double SCENARIO_WIDTH = 150;

    private final WorkbenchState workbench;
    private final TableView<ScenarioMatrix.Row> services = new TableView<>();
    private final TableView<MatrixFooterRow> tiers = new TableView<>();
    private final VBox root;
    private ScenarioMatrix matrix;
    private List<Scenario> shownScenarios = List.of();

    /** @param export writes the matrix as CSV, after asking where */
    public ScenarioMatrixView(WorkbenchState workbench, Consumer<ScenarioMatrix> export) {
        this.workbench = workbench;
        services.setId("scenario-matrix");
        services.setPlaceholder(new Label("Analysing…"));
        services.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && services.isFocused()) {
                workbench.reveal(List.of(row.serviceId()));
            }
        });
        tiers.setId("scenario-matrix-tiers");
        tiers.setPrefHeight(130);
        tiers.setMinHeight(80);
        Button exportButton = new Button("Export CSV…");
        exportButton.setId("scenario-matrix-export");
        exportButton.setOnAction(e -> {
            if (matrix != null) {
                export.accept(matrix);
            }
        });
        exportButton.disableProperty().bind(workbench.liveAnalysis().scenariosProperty().isNull());
        Label hint = new Label("Each service in each scenario: verdict and up time. Click a column to sort.");
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox bar = new HBox(8, hint, exportButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        VBox.setVgrow(services, Priority.ALWAYS);
        root = new VBox(4, bar, services, tiers);
        workbench.liveAnalysis().scenariosProperty().addListener((obs, old, all) -> refresh());
        refresh();
    }

    private void refresh() {
        ScenarioAnalyses all = workbench.liveAnalysis().getScenarios();
        if (all == null) {
            return;
        }
        matrix = ScenarioMatrix.of(workbench.document().getPlan(), all);
        if (!matrix.scenarios().equals(shownScenarios)) {
            shownScenarios = matrix.scenarios();
            buildColumns();
        }
        // Keep the person's sort order across edits: replace the items, then sort again.
        services.setItems(FXCollections.observableArrayList(matrix.rows()));
        services.sort();
        tiers.setItems(FXCollections.observableArrayList(MatrixFooterRow.of(matrix)));
    }

    private void buildColumns() {
        List<TableColumn<ScenarioMatrix.Row, ?>> sortOrder = List.copyOf(services.getSortOrder());
        TableColumn<ScenarioMatrix.Row, String> name = new TableColumn<>("Service");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(NAME_WIDTH);
        TableColumn<ScenarioMatrix.Row, String> tier = new TableColumn<>("Tier");
        tier.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().tier()));
        tier.setPrefWidth(TIER_WIDTH);
        services.getColumns().setAll(List.of(name, tier));
        TableColumn<MatrixFooterRow, String> tierName = new TableColumn<>("Tier");
        tierName.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        // As wide as service and tier together, so each tier's counts sit under their scenario's column.
        tierName.setPrefWidth(NAME_WIDTH + TIER_WIDTH);
        tiers.getColumns().setAll(List.of(tierName));
        for (int i = 0; i < shownScenarios.size(); i++) {
            services.getColumns().add(scenarioColumn(i));
            tiers.getColumns().add(tierColumn(i));
        }
        // Columns of scenarios still there keep their sort; a new matrix starts unsorted.
        services.getSortOrder().setAll(sortOrder.stream().filter(services.getColumns()::contains).toList());
    }

    private TableColumn<ScenarioMatrix.Row, ScenarioMatrix.Cell> scenarioColumn(int index) {
        Scenario scenario = shownScenarios.get(index);
        TableColumn<ScenarioMatrix.Row, ScenarioMatrix.Cell> column = new TableColumn<>(scenario.name());
        column.setId("matrix-" + scenario.id());
        column.setPrefWidth(SCENARIO_WIDTH);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cells().get(index)));
        column.setComparator(MatrixCells.WORST_FIRST);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ScenarioMatrix.Cell cell, boolean empty) {
                super.updateItem(cell, empty);
                setText(empty || cell == null ? null : MatrixCells.text(cell));
                VerdictStyle.show(this, empty || cell == null ? null : VerdictLook.of(cell.verdict()));
            }
        });
        return column;
    }

    private TableColumn<MatrixFooterRow, String> tierColumn(int index) {
        TableColumn<MatrixFooterRow, String> column = new TableColumn<>(shownScenarios.get(index).name());
        column.setPrefWidth(SCENARIO_WIDTH);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cells().get(index)));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                MatrixFooterRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(row == null ? null : new Tooltip(row.sentences().get(index)));
            }
        });
        return column;
    }

    public Node node() {
        return root;
    }
}
