package com.recoveryworkbench.ui.files;

import com.recoveryworkbench.model.Scenario;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The question File ▸ Import Drill Results… asks after the file: the drill's date (not after today:
 * Import stays disabled and a line says why), its name and its scenario. Modal; its pane has the id
 * {@code drillDetailsDialog}, the fields {@code drill-import-date}, {@code drill-import-name} and
 * {@code drill-import-scenario}. FX thread only.
 */
final class DrillDetailsDialog {
    private DrillDetailsDialog() {
    }

    static Optional<DrillDetails> ask(Window owner, List<String> stylesheets, String fileName, DrillDetails suggested,
                                      List<Scenario> scenarios, LocalDate today) {
        DatePicker date = new DatePicker(suggested.date());
        date.setId("drill-import-date");
        TextField name = new TextField(suggested.name());
        name.setId("drill-import-name");
        name.setPromptText("e.g. Autumn restore test");
        ChoiceBox<Scenario> scenario = new ChoiceBox<>();
        scenario.setId("drill-import-scenario");
        scenario.getItems().setAll(scenarios);
        scenario.setConverter(new StringConverter<>() {
            @Override
            public String toString(Scenario s) {
                return s == null ? "" : s.name();
            }

            @Override
            public Scenario fromString(String text) {
                throw new UnsupportedOperationException("a scenario is picked, not typed");
            }
        });
        scenarios.stream().filter(s -> s.id().equals(suggested.scenario())).findFirst()
                .ifPresentOrElse(scenario::setValue, () -> scenario.getSelectionModel().selectFirst());
        BooleanBinding notYet = Bindings.createBooleanBinding(
                () -> date.getValue() == null || date.getValue().isAfter(today), date.valueProperty());
        Label why = new Label();
        why.setTextFill(Color.web("#c00000"));
        why.getStyleClass().add("error-message");
        why.textProperty().bind(Bindings.when(notYet).then("Choose the day the drill was held, " + today
                + " at the latest.").otherwise(""));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(12, 16, 8, 16));
        addRow(form, 0, "Date", date);
        addRow(form, 1, "Name", name);
        addRow(form, 2, "Scenario", scenario);
        form.add(why, 0, 3, 2, 1);

        ButtonType importButton = new ButtonType("Import", ButtonData.OK_DONE);
        Dialog<DrillDetails> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import drill results");
        dialog.setHeaderText("Add the results in " + fileName + " as a drill");
        dialog.getDialogPane().setId("drillDetailsDialog");
        dialog.getDialogPane().getStylesheets().setAll(stylesheets);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(importButton, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(importButton).disableProperty().bind(notYet);
        dialog.setResultConverter(button -> button != importButton ? null
                : new DrillDetails(date.getValue(), name.getText(), scenario.getValue().id()));
        return dialog.showAndWait();
    }

    private static void addRow(GridPane form, int row, String label, Node field) {
        form.add(new Label(label), 0, row);
        form.add(field, 1, row);
    }
}
