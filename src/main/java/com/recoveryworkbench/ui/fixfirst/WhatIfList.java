package com.recoveryworkbench.ui.fixfirst;

import com.recoveryworkbench.model.Plan;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The pinned what-ifs ({@code #fixFirstWhatIfs}), each with Compare with current… (the Compare window,
 * the open plan as the older version and the what-if as the newer), Save as… and Remove; a line saying
 * how to pin one while there is none. FX thread only.
 */
final class WhatIfList {
    private final VBox root = new VBox(6);
    private final FixFirstModel model;
    private final BiConsumer<Plan, String> compare;
    private final Consumer<WhatIf> save;

    /** @param compare opens the Compare window on a plan under a name; @param save saves a what-if as a file */
    WhatIfList(FixFirstModel model, BiConsumer<Plan, String> compare, Consumer<WhatIf> save) {
        this.model = model;
        this.compare = compare;
        this.save = save;
        root.setId("fixFirstWhatIfs");
        model.whatIfs().addListener((ListChangeListener<WhatIf>) change -> redraw());
        redraw();
    }

    private void redraw() {
        root.getChildren().clear();
        if (model.whatIfs().isEmpty()) {
            Label hint = new Label("Pin a candidate to keep the plan with its change here, to compare or save.");
            hint.setWrapText(true);
            hint.getStyleClass().add("fix-first-hint");
            root.getChildren().add(hint);
            return;
        }
        for (WhatIf whatIf : model.whatIfs()) {
            root.getChildren().add(row(whatIf));
        }
    }

    private Node row(WhatIf whatIf) {
        Label name = new Label(whatIf.name());
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        Button compareButton = new Button("Compare with current…");
        compareButton.setId("fixFirstCompare" + whatIf.number());
        compareButton.setOnAction(e -> compare.accept(whatIf.plan(), whatIf.name()));
        Button saveButton = new Button("Save as…");
        saveButton.setId("fixFirstSave" + whatIf.number());
        saveButton.setOnAction(e -> save.accept(whatIf));
        Button remove = new Button("Remove");
        remove.setId("fixFirstRemove" + whatIf.number());
        remove.setOnAction(e -> model.unpin(whatIf));
        HBox buttons = new HBox(6, compareButton, saveButton, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(4, name, buttons);
        row.getStyleClass().add("fix-first-what-if");
        HBox.setHgrow(row, Priority.ALWAYS);
        return row;
    }

    Node node() {
        return root;
    }
}
