package com.recoveryworkbench.ui.findings;

import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.drill.DrillAnalyses;
import com.recoveryworkbench.ui.form.SeverityLook;
import com.recoveryworkbench.ui.state.WorkbenchState;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Every finding of the analysis ({@code #findings}): a header with the counts ({@code #findingsHeader}),
 * then one line per finding, errors first, with a severity icon, the rule and the message wrapped; below,
 * when the plan has drill findings, the same for them under a header of their own.
 * Clicking a finding (or Enter on it) reveals its services on the canvas. FX thread only.
 */
public final class FindingsView {
    private final WorkbenchState workbench;
    private final FindingsModel model = new FindingsModel();
    private final ListView<Finding> list = new ListView<>(model.findings());
    private final ListView<Finding> drillList = new ListView<>(model.drillFindings());
    private final VBox root;

    public FindingsView(WorkbenchState workbench) {
        this.workbench = workbench;
        Label header = new Label();
        header.setId("findingsHeader");
        header.setStyle("-fx-font-weight: bold;");
        header.setPadding(new Insets(4, 6, 4, 6));
        header.textProperty().bind(model.headerProperty());
        list.setId("findingsList");
        list.setPlaceholder(new Label("Nothing to report"));
        wire(list);
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(header, list, drillGroup());
        root.setId("findings");
        workbench.liveAnalysis().analysisProperty().addListener((obs, old, analysis) -> model.update(analysis));
        model.update(workbench.liveAnalysis().getAnalysis());
        workbench.liveAnalysis().bothBasesProperty().addListener((obs, old, both) -> model.updateDrills(
                both == null ? null : both.view()));
        DrillAnalyses both = workbench.liveAnalysis().getBothBases();
        model.updateDrills(both == null ? null : both.view());
    }

    /** Cells that wrap, and a click or Enter reveals the finding's services. */
    private void wire(ListView<Finding> findings) {
        findings.setCellFactory(view -> new FindingCell(findings));
        findings.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && findings.getSelectionModel().getSelectedItem() != null) {
                reveal(findings.getSelectionModel().getSelectedItem());
            }
        });
    }

    /** The drill findings under their own header ({@code #drillFindingsHeader}, {@code #drillFindingsList}), shown when there are any. */
    private Node drillGroup() {
        Label header = new Label();
        header.setId("drillFindingsHeader");
        header.setStyle("-fx-font-weight: bold;");
        header.setPadding(new Insets(4, 6, 4, 6));
        header.textProperty().bind(model.drillHeaderProperty());
        drillList.setId("drillFindingsList");
        wire(drillList);
        VBox group = new VBox(header, drillList);
        VBox.setVgrow(drillList, Priority.ALWAYS);
        VBox.setVgrow(group, Priority.ALWAYS);
        group.visibleProperty().bind(model.drillHeaderProperty().isNotEmpty());
        group.managedProperty().bind(group.visibleProperty());
        return group;
    }

    private void reveal(Finding finding) {
        if (!finding.services().isEmpty()) {
            workbench.reveal(finding.services());
        }
    }

    /** Icon, rule and wrapped message of one finding; a click reveals its services. */
    private final class FindingCell extends ListCell<Finding> {
        private final Label icon = new Label();
        private final Label rule = new Label();
        private final Label message = new Label();
        private final HBox line;

        FindingCell(ListView<Finding> list) {
            icon.setMinWidth(22);
            icon.setStyle("-fx-font-size: 1.2em; -fx-font-weight: bold;");
            rule.setStyle("-fx-font-weight: bold;");
            message.setWrapText(true);
            VBox text = new VBox(2, rule, message);
            HBox.setHgrow(text, Priority.ALWAYS);
            line = new HBox(8, icon, text);
            // Wrap at the list's width instead of widening the cell past it.
            text.maxWidthProperty().bind(list.widthProperty().subtract(60));
            message.maxWidthProperty().bind(text.maxWidthProperty());
            setOnMouseClicked(e -> {
                if (!isEmpty() && getItem() != null) {
                    reveal(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Finding finding, boolean empty) {
            super.updateItem(finding, empty);
            setText(null);
            if (empty || finding == null) {
                setGraphic(null);
                return;
            }
            icon.setText(SeverityLook.symbol(finding.severity()));
            icon.setTextFill(SeverityLook.color(finding.severity()));
            rule.setText(finding.rule() + " · " + finding.severity().code());
            message.setText(finding.message());
            setGraphic(line);
        }
    }

    public Node node() {
        return root;
    }
}
