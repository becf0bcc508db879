package com.recoveryworkbench.ui.fixfirst;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One candidate's card ({@code #fixFirstCandidateN}, N its rank): the change in words, the exact times it
 * stands for, what it clears, before → after, and its buttons Try it ({@code #fixFirstTryN}, enabled
 * while the candidate was measured on the open plan) and Pin as what-if ({@code #fixFirstPinN}). A
 * policy decision says so above its sentence. Clicking the card, or either button, selects it.
 * FX thread only.
 */
final class CandidateCard {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final VBox root = new VBox(3);
    private final CandidateRow row;

    CandidateCard(CandidateRow row, FixFirstModel model) {
        this.row = row;
        Label rank = new Label(row.policy() ? "Policy" : row.rank() + ".");
        rank.getStyleClass().add("fix-first-rank");
        rank.setMinWidth(Region.USE_PREF_SIZE);
        Label change = wrapped(row.change(), "fix-first-change");
        HBox title = new HBox(8, rank, change);
        title.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(change, Priority.ALWAYS);
        root.getChildren().add(title);
        if (row.policy()) {
            root.getChildren().add(wrapped("A policy decision, not a fix: the target moves, the recovery does not.",
                    "fix-first-policy-note"));
        }
        row.requirements().forEach(r -> root.getChildren().add(wrapped(r, "fix-first-requirement")));
        root.getChildren().addAll(wrapped(row.effect(), "fix-first-effect"),
                wrapped("Before → after: " + row.beforeAfter(), "fix-first-before-after"));
        Button tryIt = new Button("Try it");
        tryIt.setId("fixFirstTry" + row.rank());
        tryIt.setTooltip(new Tooltip("Make this change in the plan, as one step you can undo"));
        tryIt.disableProperty().bind(model.currentProperty().not());
        tryIt.setOnAction(e -> {
            model.select(row);
            model.tryIt(row);
        });
        Button pin = new Button("Pin as what-if");
        pin.setId("fixFirstPin" + row.rank());
        pin.setTooltip(new Tooltip("Keep the plan with this change as a what-if, to compare or save; the plan stays as it is"));
        pin.setOnAction(e -> {
            model.select(row);
            model.pin(row);
        });
        HBox buttons = new HBox(8, tryIt, pin);
        buttons.getStyleClass().add("fix-first-buttons");
        root.getChildren().add(buttons);
        root.setId("fixFirstCandidate" + row.rank());
        root.getStyleClass().addAll("fix-first-card", row.policy() ? "fix-first-policy" : "fix-first-fix");
        root.setOnMouseClicked(e -> model.select(row));
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }

    /** Marks the card as the selected one. */
    void setSelected(boolean selected) {
        root.pseudoClassStateChanged(SELECTED, selected);
    }

    CandidateRow row() {
        return row;
    }

    Node node() {
        return root;
    }
}
