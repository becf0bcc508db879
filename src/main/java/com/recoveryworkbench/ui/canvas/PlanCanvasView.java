package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.DependencyType;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.edit.PlanEdits;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.stage.Window;

/**
 * The dependency map editor: a canvas painted in immediate mode from the document's current plan, the
 * last analysis and the view state, with the gestures that edit the plan through the document. Paints
 * at most once per pulse, only what is visible. The canvas node has id {@code canvas} and takes the
 * keyboard focus when clicked; the rename field has id {@code canvas-rename}. FX thread only.
 */
public final class PlanCanvasView {
    /** Pixels per world unit at 100% in presentation: the smallest card text, 12, becomes 18 px. */
    static final double PRESENTATION_DISPLAY_SCALE = 1.5;

    private final WorkbenchState workbench;
    private final Viewport viewport = new Viewport();
    private final Canvas canvas = new Canvas();
    private final PlanPainter painter = new PlanPainter();
    private final RepaintScheduler scheduler = new RepaintScheduler(this::paint);
    private final CanvasState state;
    private final InPlaceRename rename;
    private final PointerRouter router;
    private final ServiceCreator creator;
    private final Navigation navigation;
    private final MapFolding folding;
    private final CanvasPane pane;
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final ObjectProperty<Palette> palette = new SimpleObjectProperty<>(this, "palette", Palette.LIGHT);
    private final HoverTracker hover;
    private final GlideAnimation glide;
    private final FrameSource frames;
    private final Minimap minimap = new Minimap(viewport);
    private final BooleanProperty minimapVisible = new SimpleBooleanProperty(this, "minimapVisible");
    private final StringProperty busy = new SimpleStringProperty(this, "busy");
    private boolean fitted;

    public PlanCanvasView(WorkbenchState workbench) {
        this.workbench = workbench;
        this.state = new CanvasState(workbench, viewport, scheduler::request);
        canvas.setId("canvas");
        canvas.setFocusTraversable(true);
        rename = new InPlaceRename(state, canvas);
        hover = new HoverTracker(state, canvas);
        creator = new ServiceCreator(state, rename::openNew);
        navigation = new Navigation(state, canvas);
        glide = new GlideAnimation(workbench.document().planProperty(), scheduler::request);
        frames = new FrameSource(state, hover, glide);
        FoldCommands folds = new FoldCommands(state);
        folding = new MapFolding(state, folds, navigation, canvas);
        router = new PointerRouter(state, canvas, rename::open,
                (wx, wy) -> creator.at(ServiceKind.APPLICATION, wx, wy), folds,
                tile -> navigation.zoomToGroup(tile.group().members()));
        pane = new CanvasPane(canvas, new EmptyPlanHint(workbench.document().planProperty(), palette, busy).node(),
                minimap.node(), rename.node());
        pane.getStyleClass().add("plan-canvas");
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> PanZoomGesture.scroll(viewport, e));
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> PanZoomGesture.zoom(viewport, e));
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        viewport.setOnChange(() -> {
            zoom.set(viewport.zoom());
            scheduler.request();
        });
        for (Observable o : frames.observables()) {
            o.addListener(x -> scheduler.request());
        }
        palette.addListener(x -> scheduler.request());
        minimapVisible.addListener(x -> scheduler.request());
        frames.presentation.addListener((o, was, on) -> {
            state.setPresentation(on);
            hover.setEnabled(on);
            viewport.setDisplayScale(on ? PRESENTATION_DISPLAY_SCALE : 1, canvas.getWidth() / 2,
                    canvas.getHeight() / 2);
        });
        canvas.widthProperty().addListener(x -> sizeChanged());
        canvas.heightProperty().addListener(x -> sizeChanged());
        workbench.addRevealListener(navigation::reveal);
        // A folded card and services are never selected together: selecting services elsewhere (the
        // table, a search) ends the folded card's selection.
        workbench.selection().servicesProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                state.selectFold(null);
            }
        });
    }

    /** What is under the scene point ({@code sceneX}, {@code sceneY}): a card, a region's lane, both or neither. */
    public MapSpot spotAt(double sceneX, double sceneY) {
        Point2D local = canvas.sceneToLocal(sceneX, sceneY);
        double wx = viewport.toWorldX(local.getX());
        double wy = viewport.toWorldY(local.getY());
        boolean regions = state.laneGroupingProperty().get() == LaneGrouping.REGION;
        FoldedCards.Card folded = state.foldedCardAt(wx, wy);
        if (folded == null) {
            // Zoomed out below the names, a group's tile hides its services: the spot is the group.
            folded = state.tileAt(wx, wy);
        }
        Service card = folded == null ? state.services().serviceAt(wx, wy) : null;
        if (folded != null) {
            return new MapSpot(null, regions ? folded.name() : null);
        }
        Lane lane = regions ? state.lanes().dropTarget(wx, wy, null) : null;
        return new MapSpot(card == null ? null : card.id(), lane == null ? null : lane.name());
    }

    /** The node to place in the window: the canvas with its overlays. */
    public Node node() {
        return pane;
    }

    /**
     * The services a search keeps at full strength, every other one painted dimmed; {@code null} (the
     * default) filters nothing. FX thread.
     */
    public ObjectProperty<Set<String>> filterProperty() {
        return frames.filter;
    }

    /**
     * The services painted greyed out (in the restore story: not restored yet), faded, in the neutral
     * colour and without their verdict, with faint arrows; {@code null} (the default) greys nothing.
     * Independent of {@link #filterProperty()}: a service can be both. FX thread.
     */
    public ObjectProperty<Set<String>> greyedProperty() {
        return frames.greyed;
    }

    /**
     * The presentation look, off by default: everything 1.5 times larger at the same zoom (card text at
     * least 18 px at 100%), arrows and card borders thicker, and hovering a service highlights what it
     * needs and what needs it, transitively, dimming the rest, without selecting it; selecting one
     * service does the same. Editing gestures keep working. The zoom shown stays the same. FX thread.
     */
    public BooleanProperty presentationProperty() {
        return frames.presentation;
    }

    /**
     * The marks of "Compare with…": added and changed cards outlined with a "+ new" or "Δ changed"
     * badge, removed services as dashed ghost cards at their old positions, which clicks go through;
     * {@code null} (the default) marks nothing. FX thread.
     */
    public ObjectProperty<ChangeMarks> changeMarksProperty() {
        return frames.changeMarks;
    }

    /**
     * Whether the minimap in the bottom-right corner is always shown. Off (the default), it shows
     * itself only while some card lies outside the view, which is when it helps, and never in the
     * presentation look, where it would cover the map the room is looking at; on, it stays whenever
     * the plan has services. Pressing or dragging on it moves the view there. FX thread.
     */
    public BooleanProperty minimapVisibleProperty() {
        return minimapVisible;
    }

    /**
     * Makes the next plan change glide: cards move from their old to their new places over about
     * 300 ms (painting only; the plan has the new places at once). Call it just before applying the
     * change, in the same event; another change during the glide ends it. FX thread.
     */
    public void animateNextChange() {
        glide.armNext();
    }

    /**
     * What the window is busy with ("Opening retail.rplan.json…"), shown on an empty map instead of
     * the how-to-start hint; {@code null} (the default) when idle. FX thread.
     */
    public StringProperty busyProperty() {
        return busy;
    }

    /** Gives the keyboard to the map, as after Escape in the search field. FX thread. */
    public void requestFocus() {
        canvas.requestFocus();
    }

    /** The canvas's width over its height, which Arrange fits the map to; 0 before it has a size. FX thread. */
    public double aspectRatio() {
        return canvas.getWidth() > 0 && canvas.getHeight() > 0 ? canvas.getWidth() / canvas.getHeight() : 0;
    }

    /** Where the view looks; tests and the shell read it to turn plan positions into screen points. */
    public Viewport viewport() {
        return viewport;
    }

    private void sizeChanged() {
        if (!fitted && canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            fitted = true;
            fitToWindow();
            navigation.keepNamesReadable();
        }
        navigation.sized();
        scheduler.request();
    }

    private void paint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        Frame frame = frames.next();
        painter.paint(canvas.getGraphicsContext2D(), frame, viewport, palette.get(), w, h, pixelScale());
        router.paintOverlay(canvas.getGraphicsContext2D(), palette.get(), viewport.scale());
        rename.reposition();
        minimap.paint(state.services(), state.folds(), frame.analysis(), palette.get(), minimapVisible.get(),
                !frame.presentation(), w, h);
    }

    /** Device pixels per canvas pixel: 2 on a HiDPI screen. */
    private double pixelScale() {
        Scene scene = canvas.getScene();
        Window window = scene == null ? null : scene.getWindow();
        return window == null ? 1 : Math.max(1, window.getRenderScaleX());
    }

    /**
     * What the last frame drew as text: its smallest size, the cards that show their name and the lanes
     * that say what they hold. Tests of the semantic zoom read it. FX thread.
     */
    public DrawnText drawnText() {
        return painter.lastText();
    }

    /** What the next frame highlights and dims, filter included; tests read it. */
    Emphasis currentEmphasis() {
        return frames.emphasis();
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case DELETE, BACK_SPACE -> deleteSelected();
            case F2 -> renameSelected();
            case ESCAPE -> {
                if (!router.cancel()) {
                    state.selectFold(null);
                    workbench.selection().clear();
                    scheduler.request();
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Shows every card, centred, at no more than 100%. */
    public void fitToWindow() {
        navigation.fitToWindow();
    }

    /**
     * Zooms in after a fit that left the cards' names too small to read, to the smallest zoom at which
     * they are legible, the map's left edge in view; nothing when they are legible already, or in the
     * presentation look. What the window does after opening a plan, so a first look shows names. FX thread.
     */
    public void keepNamesReadable() {
        navigation.keepNamesReadable();
    }

    /**
     * Pans and zooms so that the cards of {@code serviceIds} fill the view with a margin, zooming in no
     * further than 100% (one card stays card-sized) and out as far as needed. Ids the plan lacks are
     * ignored; with none it knows, nothing happens. FX thread.
     */
    public void zoomTo(Collection<String> serviceIds) {
        navigation.zoomTo(serviceIds);
    }

    /**
     * Like {@link #zoomTo}, and when that leaves the names too small to read (in the current look), zooms
     * in further to the smallest zoom that shows them, the services' left edge in view: what presenting a
     * wave (Z) and double-clicking a group tile do. FX thread.
     */
    public void zoomToNames(Collection<String> serviceIds) {
        navigation.zoomToGroup(serviceIds);
    }

    public void zoomIn() {
        navigation.zoomIn();
    }

    public void zoomOut() {
        navigation.zoomOut();
    }

    public void zoomToActualSize() {
        navigation.zoomToActualSize();
    }

    /** Folding and unfolding the groups the lanes show, and the fold entries of the map's context menu. */
    public MapFolding folding() {
        return folding;
    }

    /** The zoom factor, 1 = 100%. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** Whether moved and new cards land on the 20-unit grid; off by default. */
    public BooleanProperty snapToGridProperty() {
        return state.snapToGridProperty();
    }

    /**
     * What the lanes behind the cards group: {@link LaneGrouping#REGION} by default, which draws
     * nothing for a plan whose services name no region; {@code null} counts as NONE. Dropping a dragged
     * card inside another lane moves it into that region (owner) in the same undoable step.
     */
    public ObjectProperty<LaneGrouping> laneGroupingProperty() {
        return state.laneGroupingProperty();
    }

    /** The type of dependency a handle drag creates (Alt at the drop makes it soft); HARD by default. */
    public ObjectProperty<DependencyType> connectTypeProperty() {
        return state.connectTypeProperty();
    }

    /** The colours to paint with; the shell sets the one matching its theme. */
    public ObjectProperty<Palette> paletteProperty() {
        return palette;
    }

    /** Why the last canvas edit was refused ("Checkout already depends on Auth."); empty after one that went through. */
    public ReadOnlyStringProperty refusalProperty() {
        return state.refusalProperty();
    }

    /**
     * Adds a service of {@code kind}, selects it and opens its rename. With services selected it goes
     * in the free spot nearest to their right (downstream: where what needs them goes), joining their
     * lane when they share one, and gets no dependency; else in a free spot near the middle of the
     * view. Never on top of another card.
     */
    public void createService(ServiceKind kind) {
        creator.besideSelection(kind, viewport.toWorldX(canvas.getWidth() / 2),
                viewport.toWorldY(canvas.getHeight() / 2));
    }

    /** Opens the in-place rename on the first selected service, bringing it into view if needed. */
    public void renameSelected() {
        Set<String> ids = workbench.selection().getServices();
        if (ids.isEmpty()) {
            return;
        }
        String id = ids.iterator().next();
        Service s = state.services().service(id);
        if (s != null) {
            navigation.bringIntoView(s);
        }
        rename.open(id);
    }

    /** Deletes the selected services with their dependencies, or else the selected dependency. */
    public void deleteSelected() {
        Set<String> ids = workbench.selection().getServices();
        Dependency dependency = workbench.selection().getDependency();
        Plan plan = workbench.document().getPlan();
        if (!ids.isEmpty()) {
            state.apply(PlanEdits.describe("Delete", plan, ids), p -> PlanEdits.deleteServices(p, ids));
        } else if (dependency != null) {
            state.apply(PlanEdits.describeDeleteDependency(plan, dependency),
                    p -> PlanEdits.deleteDependency(p, dependency));
        }
    }
}
