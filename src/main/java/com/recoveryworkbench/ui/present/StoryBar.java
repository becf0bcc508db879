package com.recoveryworkbench.ui.present;

import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.io.export.VerdictLook;
import com.recoveryworkbench.model.Durations;
import com.recoveryworkbench.ui.form.VerdictStyle;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The story bar of presentation mode ({@code #storyBar}): the headline "Wave 3 of 7 · clock 52m"
 * ({@code #storyHeading}), each tier's RTO target against the clock ({@code #storyTiers}), the services
 * of the step with their up time against their target, and the misses of the step called out with
 * their symbol ({@code #storyCallouts}), and at the last step the scenario's cost of downtime
 * ({@code #storyCost}, when the plan has rates). Long lists are cut, saying how many more, so the story reads
 * at a glance; the bar is as wide as the column it stands in. FX thread only.
 */
final class StoryBar {
    private static final int MAX_ARRIVALS = 6;
    private static final int MAX_CALLOUTS = 3;

    private final StoryPlayer player;
    private final Label heading = new Label();
    // One line each, wrapped to the column's width: a flow of long labels would be as wide as the
    // widest of them and get cut in a narrow column.
    private final VBox tiers = new VBox(4);
    private final VBox arrivals = new VBox(4);
    private final VBox callouts = new VBox(4);
    private final Label cost = new Label();
    private final Label keys = new Label();
    private final VBox bar = new VBox(6);

    StoryBar(StoryPlayer player) {
        this.player = player;
        heading.setId("storyHeading");
        heading.getStyleClass().add("story-heading");
        tiers.setId("storyTiers");
        arrivals.setId("storyArrivals");
        callouts.setId("storyCallouts");
        keys.getStyleClass().add("story-keys");
        cost.setId("storyCost");
        cost.getStyleClass().add("story-cost");
        cost.setWrapText(true);
        // Only the closing step names the cost; elsewhere the line takes no room.
        cost.visibleProperty().bind(cost.textProperty().isNotEmpty());
        cost.managedProperty().bind(cost.visibleProperty());
        bar.getChildren().addAll(heading, tiers, arrivals, callouts, cost, keys);
        bar.setId("storyBar");
        bar.getStyleClass().addAll("presentation-panel", "story-bar");
        // As wide as the column beside the map, as high as its content.
        bar.setMaxHeight(Region.USE_PREF_SIZE);
        heading.setWrapText(true);
        keys.setWrapText(true);
        player.stepProperty().addListener(x -> update());
        cost.textProperty().bind(player.closingProperty());
        update();
    }

    Node node() {
        return bar;
    }

    private void update() {
        StoryStep step = player.stepProperty().get();
        RestoreStory story = player.storyProperty().get();
        boolean proven = player.proven();
        heading.setText(StoryText.heading(story, step, proven));
        keys.setText(StoryText.position(story, player.indexProperty().get())
                + "   → / PgDn next   ← / PgUp back   Home start   End last   Z zoom to the wave   F fit   Esc leave");
        tiers.getChildren().setAll(step.tiers().stream().map(t -> tier(t, proven)).toList());
        List<Label> shown = step.arrivals().stream().limit(MAX_ARRIVALS).map(StoryBar::arrival).toList();
        arrivals.getChildren().setAll(shown);
        more(arrivals.getChildren(), step.arrivals().size() - shown.size(), "service", "services");
        callouts.getChildren().setAll(step.callouts().stream().limit(MAX_CALLOUTS).map(StoryBar::callout).toList());
        more(callouts.getChildren(), step.callouts().size() - MAX_CALLOUTS, "finding", "findings");
    }

    private static Label tier(StoryStep.TierClock tier, boolean proven) {
        Label label = new Label(StoryText.tier(tier, proven));
        label.getStyleClass().add(tier.late() > 0 ? "story-tier-passed" : "story-tier");
        label.setWrapText(true);
        return label;
    }

    /** "✓ Web 15m / 4h": symbol and word colour from the verdict, up time against the RTO target. */
    private static Label arrival(StoryStep.Arrival arrival) {
        VerdictLook look = VerdictLook.of(arrival.compliance());
        String up = arrival.up() == null ? "never" : Durations.format(arrival.up());
        String target = arrival.rtoTarget() == null ? "" : " / " + Durations.format(arrival.rtoTarget());
        Label label = new Label(look.symbol() + " " + arrival.name() + " " + up + target);
        label.getStyleClass().add("story-arrival");
        VerdictStyle.show(label, look);
        label.setWrapText(true);
        return label;
    }

    private static Label callout(StoryStep.Callout callout) {
        Verdict verdict = callout.rule().equals(Finding.RULE_CYCLE) ? Verdict.BLOCKED : Verdict.MISSED;
        VerdictLook look = VerdictLook.of(verdict);
        Label label = new Label(look.symbol() + " " + callout.message());
        label.setWrapText(true);
        label.getStyleClass().add("story-callout");
        VerdictStyle.show(label, look);
        return label;
    }

    private static void more(List<Node> into, int hidden, String one, String many) {
        if (hidden > 0) {
            Label label = new Label("+ " + hidden + " more " + (hidden == 1 ? one : many));
            label.getStyleClass().add("story-more");
            into.add(label);
        }
    }
}
