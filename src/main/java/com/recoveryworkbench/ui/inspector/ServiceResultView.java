package com.recoveryworkbench.ui.inspector;

import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.io.export.VerdictLook;
import com.recoveryworkbench.ui.form.Form;
import com.recoveryworkbench.ui.form.Formats;
import com.recoveryworkbench.ui.form.SeverityLook;
import com.recoveryworkbench.ui.form.VerdictStyle;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/** The read-only "Result" rows of the service form, bound to a {@link ServiceResultModel}. FX thread only. */
final class ServiceResultView {
    private final ServiceResultModel model;

    ServiceResultView(ServiceResultModel model) {
        this.model = model;
    }

    void addTo(Form form) {
        Label compliance = new Label();
        compliance.setId("inspector-compliance");
        compliance.setStyle("-fx-font-weight: bold;");
        model.complianceProperty().addListener((obs, old, verdict) -> showVerdict(compliance, verdict));
        showVerdict(compliance, model.complianceProperty().get());
        Label slack = bound(model.slackProperty(), "inspector-slack");
        slack.styleProperty().bind(model.lateProperty().map(late -> late ? Formats.LATE_STYLE : ""));
        Label path = bound(model.criticalPathProperty(), "inspector-critical-path");
        path.setWrapText(true);
        Label slotWait = bound(model.slotWaitProperty(), "inspector-slot-wait");
        slotWait.setWrapText(true);
        Label proven = bound(model.provenProperty(), "inspector-proven");
        proven.setWrapText(true);
        Label evidence = bound(model.evidenceProperty(), "inspector-evidence");
        evidence.setWrapText(true);
        VBox findings = new VBox(4);
        findings.setId("inspector-findings");
        model.findings().addListener((ListChangeListener<Finding>) change -> showFindings(findings));
        showFindings(findings);
        form.section("Result")
                .row("Compliance", compliance)
                .row("Wave", bound(model.waveProperty(), "inspector-wave"))
                .row("Start", bound(model.startProperty(), "inspector-start"))
                .row("Slot wait", slotWait)
                .row("Up / RTO target", upTimes())
                .row("Slack", slack)
                .row("RPO", bound(model.rpoProperty(), "inspector-rpo-result"))
                .row("Critical path", path)
                .row("Impact", bound(model.impactProperty(), "inspector-impact"))
                .row("Drill evidence", evidence)
                .row("Proven", proven)
                .row("Findings", findings);
    }

    /** The planned up time, and under it, only where restore times are ranges, how it spreads. */
    private VBox upTimes() {
        Label spread = bound(model.uncertaintyProperty(), "inspector-uncertainty");
        spread.setWrapText(true);
        spread.visibleProperty().bind(model.uncertaintyProperty().isNotEmpty());
        spread.managedProperty().bind(spread.visibleProperty());
        return new VBox(2, bound(model.upProperty(), "inspector-up"), spread);
    }

    private static Label bound(ObservableValue<String> text, String id) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }

    private static void showVerdict(Label label, Verdict verdict) {
        label.setText(Formats.compliance(verdict));
        VerdictLook look = verdict == null ? null : VerdictLook.of(verdict);
        VerdictStyle.show(label, look);
        if (look != null) {
            label.setTextFill(Color.web(look.colour()));
        }
    }

    /** Severity symbol in its colour, then the message wrapped beside it. */
    private static Node findingLine(Finding finding) {
        Label icon = new Label(SeverityLook.symbol(finding.severity()));
        icon.setTextFill(SeverityLook.color(finding.severity()));
        icon.setStyle("-fx-font-weight: bold;");
        icon.setMinWidth(Region.USE_PREF_SIZE);
        Label message = new Label(finding.message());
        message.setWrapText(true);
        HBox line = new HBox(6, icon, message);
        line.getStyleClass().add("finding-" + finding.severity().code());
        return line;
    }

    private void showFindings(VBox box) {
        box.getChildren().setAll(model.findings().stream().map(ServiceResultView::findingLine).toList());
        if (box.getChildren().isEmpty()) {
            box.getChildren().add(new Label("None"));
        }
    }
}
