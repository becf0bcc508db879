package com.recoveryworkbench.ui.menus;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The question Edit ▸ Group Selected Services… asks: the name of the group, typed or picked from the
 * plan's groups in an editable combo ({@code #group-name}); the Group button stays disabled while the
 * name is blank. Modal; its pane has the id {@code groupDialog}. FX thread only.
 */
final class GroupNameDialog {
    private GroupNameDialog() {
    }

    /**
     * @param existing  the plan's group names, offered in the list
     * @param suggested the name filled in first (the selected services' common group), empty for none
     * @return the stripped, non-blank name, or empty when the person cancels
     */
    static Optional<String> ask(Window owner, List<String> stylesheets, int services, List<String> existing,
                                String suggested) {
        ComboBox<String> name = new ComboBox<>();
        name.setId("group-name");
        name.setEditable(true);
        name.getItems().setAll(existing);
        name.getEditor().setText(suggested);
        name.setPrefWidth(320);
        name.setPromptText("e.g. Payments");
        Label question = new Label(existing.isEmpty() ? "Name a new group:"
                : "Name a new group, or pick one the plan has:");
        VBox content = new VBox(8, question, name);
        content.setPadding(new Insets(12, 16, 8, 16));

        ButtonType group = new ButtonType("Group", ButtonData.OK_DONE);
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Group Services");
        dialog.setHeaderText("Put the " + (services == 1 ? "selected service" : services + " selected services")
                + " in a group");
        dialog.getDialogPane().setId("groupDialog");
        dialog.getDialogPane().getStylesheets().setAll(stylesheets);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(group, ButtonType.CANCEL);
        // The editor's text, not the combo's value: the value follows the text only when the field is left.
        dialog.getDialogPane().lookupButton(group).disableProperty()
                .bind(name.getEditor().textProperty().map(String::isBlank).orElse(true));
        dialog.setResultConverter(button -> button == group ? name.getEditor().getText().strip() : null);
        dialog.setOnShown(e -> Platform.runLater(() -> {
            name.getEditor().requestFocus();
            name.getEditor().selectAll();
        }));
        return dialog.showAndWait().filter(text -> !text.isBlank());
    }
}
