package com.recoveryworkbench.ui.form;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/**
 * Binds editor controls to {@link FieldModel}s and {@link ChoiceModel}s the same way everywhere: a text
 * entry commits on Enter or when the field loses focus, Escape puts the plan value back, a refused
 * entry gets the {@code field-error} style class (the theme draws it with a red border). FX thread only.
 */
public final class Editors {
    static final String ERROR_CLASS = "field-error";

    private Editors() {
    }

    public static TextField text(FieldModel<?> model, String id) {
        TextField field = new TextField();
        field.setOnAction(e -> model.commit());
        bindText(field, model, id);
        return field;
    }

    /** A multi-line entry (notes, description): Enter starts a new line, Ctrl+Enter or leaving it commits. */
    public static TextArea area(FieldModel<String> model, String id) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                model.commit();
                e.consume();
            }
        });
        bindText(area, model, id);
        return area;
    }

    /**
     * True when {@code control} is an editor of a plan value and holds exactly the plan value: nothing
     * typed that is not committed yet (a refused entry stays typed). False for any other control.
     */
    static boolean isSettled(TextInputControl control) {
        return control.getProperties().get(FieldModel.class) instanceof FieldModel<?> model && !model.isEdited();
    }

    private static void bindText(TextInputControl control, FieldModel<?> model, String id) {
        control.setId(id);
        control.getProperties().put(FieldModel.class, model);
        control.textProperty().bindBidirectional(model.textProperty());
        control.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.commit();
            }
        });
        control.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && (model.isEdited() || model.errorProperty().get() != null)) {
                model.revert();
                e.consume();
            }
        });
        markErrors(control, model);
    }

    public static <T> ChoiceBox<T> choice(ChoiceModel<T> model, String id) {
        ChoiceBox<T> box = new ChoiceBox<>(model.options());
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T option) {
                return model.label(option);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("a choice is picked, not typed");
            }
        });
        box.valueProperty().bindBidirectional(model.valueProperty());
        box.setMaxWidth(Double.MAX_VALUE);
        markErrors(box, model);
        return box;
    }

    private static void markErrors(Control control, Editable model) {
        model.errorProperty().addListener((obs, old, error) -> {
            control.getStyleClass().remove(ERROR_CLASS);
            if (error != null) {
                control.getStyleClass().add(ERROR_CLASS);
            }
        });
    }
}
