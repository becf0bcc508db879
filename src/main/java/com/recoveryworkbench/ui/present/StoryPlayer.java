package com.recoveryworkbench.ui.present;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.analysis.cost.ScenarioCost;
import com.recoveryworkbench.analysis.drill.Basis;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Plays the {@link RestoreStory} of the open plan: the current step, the services not yet restored
 * at that step and, at the last step, what the scenario's downtime costs. While {@link #playingProperty()} is true the story is rebuilt from every new plan and
 * analysis, keeping the step index (clamped to the new story), so an edit made mid-story shows at once.
 * While not playing, nothing is greyed. FX thread only; holds no node.
 */
public final class StoryPlayer {
    private final WorkbenchState workbench;
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final ReadOnlyObjectWrapper<RestoreStory> story = new ReadOnlyObjectWrapper<>(this, "story");
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index");
    private final ReadOnlyObjectWrapper<StoryStep> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyObjectWrapper<Set<String>> greyed = new ReadOnlyObjectWrapper<>(this, "greyed");
    private final ReadOnlyStringWrapper closing = new ReadOnlyStringWrapper(this, "closing", "");

    public StoryPlayer(WorkbenchState workbench) {
        this.workbench = workbench;
        rebuild();
        workbench.document().planProperty().addListener(x -> rebuildWhilePlaying());
        workbench.liveAnalysis().analysisProperty().addListener(x -> rebuildWhilePlaying());
        // The words change with the basis even when the drills measured nothing new.
        workbench.basisProperty().addListener(x -> rebuildWhilePlaying());
        workbench.costs().currentProperty().addListener(x -> rebuildWhilePlaying());
        playing.addListener((obs, was, now) -> rebuild());
    }

    /** Whether the story tells the drills' proven times rather than the plan's. */
    public boolean proven() {
        return workbench.basisProperty().get() == Basis.PROVEN;
    }

    /** Whether the story is being told; starting it again keeps the step it was at. */
    public BooleanProperty playingProperty() {
        return playing;
    }

    public ReadOnlyObjectProperty<RestoreStory> storyProperty() {
        return story.getReadOnlyProperty();
    }

    /** The index of the current step in the story (0 = declared). */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StoryStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Ids of the plan's services not restored by the current step; {@code null} while not playing. */
    public ReadOnlyObjectProperty<Set<String>> greyedProperty() {
        return greyed.getReadOnlyProperty();
    }

    /**
     * At the story's last step, what the scenario's downtime costs ({@link StoryText#cost}); empty at the
     * other steps and when the plan has no rates.
     */
    public ReadOnlyStringProperty closingProperty() {
        return closing.getReadOnlyProperty();
    }

    public void next() {
        show(index.get() + 1);
    }

    public void previous() {
        show(index.get() - 1);
    }

    /** Back to the declaration, nothing restored. */
    public void first() {
        show(0);
    }

    public void last() {
        show(story.get().lastIndex());
    }

    private void rebuildWhilePlaying() {
        if (playing.get()) {
            rebuild();
        }
    }

    private void rebuild() {
        story.set(RestoreStory.of(workbench.document().getPlan(), workbench.liveAnalysis().getAnalysis()));
        show(index.get());
    }

    private void show(int wanted) {
        RestoreStory current = story.get();
        index.set(current.clamp(wanted));
        step.set(current.step(index.get()));
        greyed.set(playing.get() ? notRestored(workbench.document().getPlan(), step.get()) : null);
        closing.set(closingLine(index.get() == current.lastIndex()));
    }

    private String closingLine(boolean lastStep) {
        Analysis analysis = workbench.liveAnalysis().getAnalysis();
        ScenarioCost cost = workbench.costs().getCurrent();
        return lastStep && analysis != null && cost != null ? StoryText.cost(analysis.scenario().name(), cost) : "";
    }

    private static Set<String> notRestored(Plan plan, StoryStep step) {
        return plan.services().stream().map(Service::id).filter(id -> !step.restored().contains(id))
                .collect(Collectors.toUnmodifiableSet());
    }
}
