package com.recoveryworkbench.ui.files;

import com.recoveryworkbench.io.export.ExportFormat;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The question File ▸ Export… asks: which format (a list, pictures first) and, for a picture, the
 * whole map or only the selected services. Modal; its pane has the id {@code exportDialog}, the list
 * {@code export-format}. FX thread only.
 */
public final class ExportDialog {
    private ExportDialog() {
    }

    public static Optional<ExportChoice> ask(Window owner, List<String> stylesheets, int selectedServices) {
        ListView<ExportFormat> formats = new ListView<>();
        formats.setId("export-format");
        formats.getItems().setAll(ExportFormat.PNG, ExportFormat.PNG_2X, ExportFormat.SVG, ExportFormat.RUNBOOK_HTML,
                ExportFormat.RUNBOOK_MD, ExportFormat.CSV, ExportFormat.GRAPHML, ExportFormat.DOT);
        formats.setCellFactory(list -> new TextFieldListCell<>(new StringConverter<>() {
            @Override
            public String toString(ExportFormat format) {
                return format == null ? "" : ExportChoice.label(format);
            }

            @Override
            public ExportFormat fromString(String text) {
                throw new UnsupportedOperationException("the list is not editable");
            }
        }));
        // Every format visible at once, labels whole, at the base font size of any theme.
        formats.setPrefSize(460, 8 * 30 + 6);
        formats.getSelectionModel().selectFirst();

        ToggleGroup scope = new ToggleGroup();
        RadioButton whole = new RadioButton("The whole map");
        RadioButton selection = new RadioButton(selectedServices == 0 ? "Only the selected services (none is selected)"
                : "Only the " + selectedServices + " selected service" + (selectedServices == 1 ? "" : "s"));
        whole.setToggleGroup(scope);
        selection.setToggleGroup(scope);
        selection.setId("export-selection-only");
        (selectedServices > 0 ? selection : whole).setSelected(true);
        // Only pictures can leave services out; the others always describe the whole plan.
        selection.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selectedServices == 0 || !formats.getSelectionModel().getSelectedItem().drawsSelection(),
                formats.getSelectionModel().selectedItemProperty()));

        VBox content = new VBox(8, new Label("Format"), formats, new Label("Services"), whole, selection);
        // The dialog pane gives its content no margin of its own: without this the list touches the edges.
        content.setPadding(new Insets(12, 16, 8, 16));
        ButtonType export = new ButtonType("Export…", ButtonData.OK_DONE);
        Dialog<ExportChoice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export");
        dialog.setHeaderText("Export the plan as");
        dialog.getDialogPane().setId("exportDialog");
        dialog.getDialogPane().getStylesheets().setAll(stylesheets);
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().setAll(export, ButtonType.CANCEL);
        dialog.setResultConverter(button -> {
            if (button != export) {
                return null;
            }
            ExportFormat format = formats.getSelectionModel().getSelectedItem();
            return new ExportChoice(format, selection.isSelected() && !selection.isDisabled());
        });
        return dialog.showAndWait();
    }
}
