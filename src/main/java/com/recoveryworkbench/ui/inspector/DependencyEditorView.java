package com.recoveryworkbench.ui.inspector;

import com.recoveryworkbench.ui.form.Editors;
import com.recoveryworkbench.ui.form.Form;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** The inspector's form for one selected dependency: from, to, type and a Delete button. FX thread only. */
final class DependencyEditorView {
    private final Form form = new Form("inspector-error");

    DependencyEditorView(DependencyEditorModel model) {
        Label from = new Label();
        from.setId("inspector-dependency-from");
        from.textProperty().bind(model.fromProperty());
        Label to = new Label();
        to.setId("inspector-dependency-to");
        to.textProperty().bind(model.toProperty());
        Button delete = new Button("Delete dependency");
        delete.setId("inspector-dependency-delete");
        delete.setOnAction(e -> model.delete());
        form.section("Dependency")
                .row("Dependent", from)
                .row("Depends on", to)
                .row("Type", Editors.choice(model.type(), "inspector-dependency-type"), model.type())
                .note(delete);
    }

    Node node() {
        return form.node();
    }
}
