package com.recoveryworkbench.ui.fixfirst;

import com.recoveryworkbench.model.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Fix first panel ({@code #fixFirst}): a header with where the plan stands ({@code #fixFirstHeader}),
 * "working…" while new advice is computed ({@code #fixFirstWorking}) and the All scenarios switch; the
 * candidates as cards, fixes first and policy decisions last under their own heading, or a line saying
 * why there is nothing to fix ({@code #fixFirstMessage}); beside them the sensitivity as a tornado chart
 * and the pinned what-ifs. It only binds to its {@link FixFirstModel} and forwards clicks. FX thread only.
 */
public final class FixFirstView {
    private final FixFirstModel model;
    private final BorderPane root = new BorderPane();
    private final VBox cardsBox = new VBox(8);
    private final List<CandidateCard> cards = new ArrayList<>();

    /**
     * @param compare opens the Compare window on a plan under a name (the what-if as the newer version)
     * @param save    saves a what-if as a plan file of its own
     */
    public FixFirstView(FixFirstModel model, BiConsumer<Plan, String> compare, Consumer<WhatIf> save) {
        this.model = model;
        root.setId("fixFirst");
        root.getStylesheets().add(FixFirstView.class.getResource("fix-first.css").toExternalForm());
        root.setTop(header());
        ScrollPane candidates = scrolling(cardsBox, "fixFirstCandidates");
        VBox side = new VBox(6, title("Sensitivity"),
                note("Minutes of total lateness per minute of each restore time. Services off every late chain"
                        + " are left out."),
                weighingNote(), noLatenessNote(), new TornadoChart(model.sensitivity()).node(), title("What-ifs"),
                new WhatIfList(model, compare, save).node());
        side.setPadding(new Insets(6, 10, 10, 10));
        SplitPane split = new SplitPane(candidates, scrolling(side, "fixFirstSide"));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);
        root.setCenter(split);
        InvalidationListener redraw = x -> redraw();
        model.fixes().addListener(redraw);
        model.policies().addListener(redraw);
        model.messageProperty().addListener(redraw);
        model.selectedProperty().addListener((obs, old, row) -> markSelected(row));
        redraw();
    }

    private Node header() {
        Label header = new Label();
        header.setId("fixFirstHeader");
        header.getStyleClass().add("fix-first-header");
        header.setWrapText(true);
        header.textProperty().bind(model.headerProperty());
        Label working = new Label("working…");
        working.setId("fixFirstWorking");
        working.getStyleClass().add("fix-first-working");
        working.visibleProperty().bind(model.workingProperty());
        working.setMinWidth(Region.USE_PREF_SIZE);
        CheckBox all = new CheckBox("All scenarios");
        all.setId("fixFirstAllScenarios");
        all.setMinWidth(Region.USE_PREF_SIZE);
        all.setTooltip(new Tooltip("Rank the changes by what they clear in every scenario of the plan, not only"
                + " in the one the window shows"));
        all.selectedProperty().bindBidirectional(model.allScenariosProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(header, Priority.SOMETIMES);
        HBox bar = new HBox(10, header, gap, working, all);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        return bar;
    }

    private void redraw() {
        cardsBox.getChildren().clear();
        cards.clear();
        model.fixes().forEach(this::addCard);
        if (!model.policies().isEmpty()) {
            cardsBox.getChildren().add(title("Policy decisions (not fixes)"));
            model.policies().forEach(this::addCard);
        }
        if (!model.messageProperty().get().isEmpty()) {
            Label message = new Label(model.messageProperty().get());
            message.setId("fixFirstMessage");
            message.getStyleClass().add("fix-first-message");
            message.setWrapText(true);
            message.setMinHeight(Region.USE_PREF_SIZE);
            cardsBox.getChildren().add(message);
        }
        markSelected(model.selectedProperty().get());
    }

    private void addCard(CandidateRow row) {
        CandidateCard card = new CandidateCard(row, model);
        cards.add(card);
        cardsBox.getChildren().add(card.node());
    }

    private void markSelected(CandidateRow selected) {
        cards.forEach(card -> card.setSelected(card.row().equals(selected)));
    }

    private static ScrollPane scrolling(Node content, String id) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId(id);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("fix-first-scroll");
        if (content instanceof VBox box && box.getPadding().equals(Insets.EMPTY)) {
            box.setPadding(new Insets(6, 10, 10, 10));
        }
        return scroll;
    }

    /** "weighing…" while the sensitivity of the candidates shown is computed. */
    private Label weighingNote() {
        Label weighing = new Label("weighing…");
        weighing.setId("fixFirstWeighing");
        weighing.getStyleClass().add("fix-first-working");
        weighing.visibleProperty().bind(model.weighingProperty());
        weighing.managedProperty().bind(model.weighingProperty());
        return weighing;
    }

    /** Says why the chart is empty once the advice of the open plan is in and weighed. */
    private Label noLatenessNote() {
        Label none = note("No service is late: no restore time weighs on the lateness.");
        none.setId("fixFirstNoLateness");
        BooleanBinding shown = Bindings.isEmpty(model.sensitivity()).and(model.weighingProperty().not())
                .and(model.currentProperty());
        none.visibleProperty().bind(shown);
        none.managedProperty().bind(shown);
        return none;
    }

    private static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("fix-first-title");
        return title;
    }

    private static Label note(String text) {
        Label note = new Label(text);
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add("fix-first-hint");
        return note;
    }

    public Node node() {
        return root;
    }
}
