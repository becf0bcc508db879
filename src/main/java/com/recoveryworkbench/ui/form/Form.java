package com.recoveryworkbench.ui.form;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * A two-column form (label, editor) with one message label that moves under whichever editor refused
 * its entry, and hides when nothing is wrong. FX thread only.
 */
public final class Form {
    private final GridPane grid = new GridPane();
    private final Label error = new Label();
    private final Map<Editable, VBox> cells = new LinkedHashMap<>();
    private Editable showing;
    private int row;

    /** @param errorId the id of the message label ({@code inspector-error}) */
    public Form(String errorId) {
        error.setId(errorId);
        error.getStyleClass().add("error-message");
        // A fallback the theme's .error-message overrides.
        error.setTextFill(Color.web("#c00000"));
        error.setWrapText(true);
        // A grid sizes its rows from heights asked without a width, which for a wrapping label is one
        // line: the message would run under the next row. Its height at the width it got is its minimum.
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.widthProperty().addListener((obs, was, width) -> fitErrorHeight());
        error.textProperty().addListener((obs, was, text) -> fitErrorHeight());
        error.setVisible(false);
        error.setManaged(false);
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Control.USE_PREF_SIZE);
        ColumnConstraints editors = new ColumnConstraints();
        editors.setHgrow(Priority.ALWAYS);
        editors.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, editors);
    }

    private void fitErrorHeight() {
        double width = error.getWidth();
        error.setMinHeight(width > 0 ? error.prefHeight(width) : Region.USE_PREF_SIZE);
    }

    /** A bold heading across both columns. */
    public Form section(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("form-section");
        heading.setStyle("-fx-font-weight: bold;");
        heading.setPadding(new Insets(row == 0 ? 0 : 8, 0, 0, 0));
        grid.add(heading, 0, row++, 2, 1);
        return this;
    }

    /** A line of text across both columns. */
    public Form note(Node text) {
        grid.add(text, 0, row++, 2, 1);
        return this;
    }

    /** A labelled read-only value or plain control. */
    public Form row(String label, Node value) {
        addRow(new Label(label), value, VPos.TOP);
        return this;
    }

    /** A labelled editor whose refusals show under it. */
    public Form row(String label, Control editor, Editable model) {
        return row(new Label(label), editor, model);
    }

    /** As {@link #row(String, Control, Editable)} with a label the caller keeps (its text may change). */
    public Form row(Label label, Control editor, Editable model) {
        label.setLabelFor(editor);
        VBox cell = new VBox(4, editor);
        cells.put(model, cell);
        model.errorProperty().addListener((obs, old, message) -> place(model));
        addRow(label, cell, VPos.BASELINE);
        return this;
    }

    /**
     * Label and value line up on the value's first line: beside a tall value (a list of findings, a
     * wrapped path, an editor with its refusal under it) a centred label would seem to belong to the
     * row above. Read-only values are labels in the same font, so their tops line up ({@code TOP});
     * an editor's text sits inside its border, so it is lined up by {@code BASELINE} (a wrapped
     * label's baseline is not reliable in a grid, hence not used for read-only values).
     */
    private void addRow(Label label, Node value, VPos alignment) {
        GridPane.setValignment(label, alignment);
        GridPane.setValignment(value, alignment);
        grid.add(label, 0, row);
        grid.add(value, 1, row++);
    }

    /** The newest refusal gets the message; when it is fixed, an older one still standing gets it back. */
    private void place(Editable changed) {
        Editable next = showing;
        if (changed.errorProperty().get() != null) {
            next = changed;
        } else if (changed == showing) {
            next = cells.keySet().stream().filter(e -> e.errorProperty().get() != null).findFirst().orElse(null);
        }
        if (showing != null) {
            cells.get(showing).getChildren().remove(error);
        }
        showing = next;
        error.setVisible(next != null);
        error.setManaged(next != null);
        if (next != null) {
            error.setText(next.errorProperty().get());
            cells.get(next).getChildren().add(error);
        }
    }

    public Node node() {
        return grid;
    }
}
