package com.recoveryworkbench.ui.present;

import com.recoveryworkbench.ui.canvas.PlanCanvasView;
import com.recoveryworkbench.ui.proven.BasisChoice;
import com.recoveryworkbench.ui.proven.BasisSwitch;
import com.recoveryworkbench.ui.scenarios.ScenarioPicker;
import com.recoveryworkbench.ui.state.WorkbenchState;
import com.recoveryworkbench.ui.theme.Theme;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * Full-screen presentation of the map for a room: the editing chrome hidden, the high-contrast theme
 * and the canvas's presentation look (big type, thick lines), the legend, the overall status and the
 * {@link StoryPlayer restore story} in a column beside the map (with the scenario picker and the
 * Planned | Proven switch), which keeps at least 70% of the width
 * at every step. Entering starts the story at the declaration.
 *
 * <p>Keys while presenting (not while typing in a field, e.g. renaming a card): Right, Down, Page Down
 * and Space step forward, Left, Up and Page Up back (a presentation clicker sends Page Up/Down), Home
 * to the declaration, End to the last step, Z toggles zooming each step to the services it restores,
 * F fits the whole map into its area again (and ends zooming to waves), Escape leaves.
 * Editing the map keeps working and updates the story. Leaving restores the chrome, panels and their dividers, the remembered theme (the
 * presentation theme goes through {@code themeOverride}, so it is never remembered), the full-screen
 * state and where the map was looking. FX thread only.
 */
public final class PresentationMode {
    private static final String EXIT_HINT = "Esc leaves the presentation";

    private final Stage stage;
    private final PlanCanvasView canvas;
    private final EditingChrome chrome;
    private final ObjectProperty<Theme> themeOverride;
    private final StoryPlayer story;
    private final PresentationOverlay overlay;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final EventHandler<KeyEvent> keys = this::keyPressed;
    private final BooleanProperty zoomToWave = new SimpleBooleanProperty(this, "zoomToWave");
    private Runnable restoreChrome;
    private Before before;

    /**
     * @param themeOverride a theme shown instead of the chosen one without being remembered; set while
     *                      presenting and cleared on leaving
     */
    public PresentationMode(WorkbenchState workbench, PlanCanvasView canvas, Stage stage, EditingChrome chrome,
                            ObjectProperty<Theme> themeOverride) {
        Objects.requireNonNull(workbench, "workbench");
        this.stage = Objects.requireNonNull(stage, "stage");
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        this.chrome = Objects.requireNonNull(chrome, "chrome");
        this.themeOverride = Objects.requireNonNull(themeOverride, "themeOverride");
        story = new StoryPlayer(workbench);
        overlay = new PresentationOverlay(canvas.node(), workbench.liveAnalysis(), width -> pickers(workbench, width),
                story, presenting);
        canvas.greyedProperty().bind(story.greyedProperty());
        // The full-screen switch resizes the map after entering: frame it again.
        overlay.node().layoutBoundsProperty().addListener((obs, old, now) -> frame());
        story.stepProperty().addListener((obs, old, now) -> {
            if (zoomToWave.get()) {
                frame();
            }
        });
        zoomToWave.addListener((obs, was, now) -> frame());
        // The window system can take the window out of full screen (a window manager key, a gesture):
        // then the presentation ends too, rather than leave the chrome hidden in a normal window.
        stage.fullScreenProperty().addListener((obs, was, now) -> {
            if (was && !now) {
                leave();
            }
        });
    }

    /**
     * The scenario and the basis side by side, wrapping in a narrow column: the room sees which it is
     * shown. The scenario picker is never wider than {@code width} (it would ask for its longest name):
     * a name too long for the column is cut with an ellipsis, and its tooltip says it whole.
     */
    private static Node pickers(WorkbenchState workbench, ObservableDoubleValue width) {
        Region scenario = new ScenarioPicker(workbench, "presentation-scenario-picker").node();
        scenario.maxWidthProperty().bind(width);
        FlowPane row = new FlowPane(8, 6, scenario,
                new BasisSwitch(new BasisChoice(workbench), "presentation-basis-switch").node());
        // A flow pane's own minimum is its widest child's preferred width, which ignores the picker's
        // cap: it would keep the column's content as wide as the picker's longest name.
        row.setMinWidth(0);
        return row;
    }

    /**
     * Shows the whole map (while presenting with {@link #zoomToWaveProperty()} on, the services of the
     * step), else {@link PlanCanvasView#fitToWindow()}.
     */
    public void fitMap() {
        if (presenting.get()) {
            frame();
        } else {
            canvas.fitToWindow();
        }
    }

    /**
     * Whether each step of the story zooms to the services it restores (the whole map at the declaration
     * and when a step restores none), never so far out that their names cannot be read (a wave spread
     * over a large map shows its left part named, the rest a pan away); off by default, Z toggles it while presenting, and leaving turns it
     * off. FX thread.
     */
    public BooleanProperty zoomToWaveProperty() {
        return zoomToWave;
    }

    /** Shows the whole map in its area, ending the zoom to each wave. */
    private void fitWholeMap() {
        zoomToWave.set(false);
        frame();
    }

    /** Fits the map, or the step's services, into the map's area, once this pulse has laid it out. */
    private void frame() {
        if (presenting.get()) {
            Platform.runLater(() -> {
                if (presenting.get()) {
                    List<String> wave = zoomToWave.get()
                            ? story.stepProperty().get().arrivals().stream().map(StoryStep.Arrival::serviceId).toList()
                            : List.of();
                    if (wave.isEmpty()) {
                        canvas.fitToWindow();
                    } else {
                        // A wave spread over a large map would fit below the names: its names come first.
                        canvas.zoomToNames(wave);
                    }
                }
            });
        }
    }

    /** The map with the presentation overlays: what the window lays out in place of the bare canvas. */
    public Node node() {
        return overlay.node();
    }

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    /** The restore story told while presenting. */
    public StoryPlayer story() {
        return story;
    }

    public void toggle() {
        if (presenting.get()) {
            leave();
        } else {
            enter();
        }
    }

    public void enter() {
        if (presenting.get()) {
            return;
        }
        before = new Before(stage.isFullScreen(), stage.getFullScreenExitHint(),
                stage.getFullScreenExitKeyCombination(), canvas.viewport().scale(), canvas.viewport().offsetX(),
                canvas.viewport().offsetY());
        restoreChrome = chrome.hide();
        themeOverride.set(Theme.HIGH_CONTRAST);
        canvas.presentationProperty().set(true);
        story.first();
        story.playingProperty().set(true);
        scene().addEventFilter(KeyEvent.KEY_PRESSED, keys);
        // Escape must leave the presentation, not only the full screen.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint(EXIT_HINT);
        stage.setFullScreen(true);
        presenting.set(true);
        canvas.requestFocus();
        frame();
    }

    public void leave() {
        if (!presenting.get()) {
            return;
        }
        presenting.set(false);
        zoomToWave.set(false);
        scene().removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        story.playingProperty().set(false);
        canvas.presentationProperty().set(false);
        themeOverride.set(null);
        restoreChrome.run();
        stage.setFullScreen(before.fullScreen());
        stage.setFullScreenExitHint(before.exitHint());
        stage.setFullScreenExitKeyCombination(before.exitKey());
        canvas.viewport().zoomTo(before.scale(), 0, 0);
        canvas.viewport().panBy(before.offsetX() - canvas.viewport().offsetX(),
                before.offsetY() - canvas.viewport().offsetY());
        canvas.requestFocus();
    }

    private Scene scene() {
        return Objects.requireNonNull(stage.getScene(), "the stage has no scene");
    }

    private void keyPressed(KeyEvent e) {
        if (scene().getFocusOwner() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case RIGHT, DOWN, PAGE_DOWN, SPACE -> story.next();
            case LEFT, UP, PAGE_UP -> story.previous();
            case HOME -> story.first();
            case END -> story.last();
            case F -> fitWholeMap();
            case Z -> zoomToWave.set(!zoomToWave.get());
            case ESCAPE -> leave();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** What entering changed, to put back on leaving. */
    private record Before(boolean fullScreen, String exitHint, KeyCombination exitKey, double scale, double offsetX,
                          double offsetY) {
    }
}
