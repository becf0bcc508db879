package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one frame is painted from: the plan (through its indexes), the last analysis
 * ({@code null} before the first), the selection, the highlight, the services painted greyed out and
 * whether to paint the presentation look (larger type, thicker lines), the lanes behind the cards and
 * the marks of a comparison.
 * Immutable snapshot.
 *
 * @param selectedDependency {@code null} when no dependency is selected
 * @param greyed             services painted greyed out; empty for none
 * @param lanes              the lanes behind the cards
 * @param dropTarget         the lane a dragged card would drop into, drawn stronger; {@code null} for none
 * @param marks              the marks of a comparison with another plan; {@link ChangeMarks#NONE} for none
 * @param summaries          what each lane holds, by lane name, for when its cards are too small to read
 * @param evidence           the quiet line about each service's drill evidence, by service id
 *                           ({@code io.export.EvidenceLine}); services without one are absent
 * @param fold               the folded groups' cards, drawn instead of their services; {@code services} and
 *                           {@code dependencies} then hold only what is not folded away
 */
public record Frame(SpatialIndex services, DependencyIndex dependencies, Analysis analysis, Set<String> selected,
                    Dependency selectedDependency, Emphasis emphasis, Set<String> greyed, boolean presentation,
                    Lanes lanes, Lane dropTarget, ChangeMarks marks, Map<String, LaneSummary> summaries,
                    Map<String, String> evidence, FoldView fold) {
    /** Line weight of the presentation look, over the palette's. */
    static final double PRESENTATION_WEIGHT = 1.5;

    public Frame {
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(dependencies, "dependencies");
        Objects.requireNonNull(selected, "selected");
        Objects.requireNonNull(emphasis, "emphasis");
        Objects.requireNonNull(greyed, "greyed");
        Objects.requireNonNull(lanes, "lanes");
        Objects.requireNonNull(marks, "marks");
        Objects.requireNonNull(summaries, "summaries");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(fold, "fold");
    }

    /** A frame with nothing folded. */
    public Frame(SpatialIndex services, DependencyIndex dependencies, Analysis analysis, Set<String> selected,
                 Dependency selectedDependency, Emphasis emphasis, Set<String> greyed, boolean presentation,
                 Lanes lanes, Lane dropTarget, ChangeMarks marks, Map<String, LaneSummary> summaries,
                 Map<String, String> evidence) {
        this(services, dependencies, analysis, selected, selectedDependency, emphasis, greyed, presentation, lanes,
                dropTarget, marks, summaries, evidence, FoldView.NONE);
    }

    /** The editing look, nothing greyed. */
    public Frame(SpatialIndex services, DependencyIndex dependencies, Analysis analysis, Set<String> selected,
                 Dependency selectedDependency, Emphasis emphasis) {
        this(services, dependencies, analysis, selected, selectedDependency, emphasis, Set.of(), false, Lanes.NONE,
                null, ChangeMarks.NONE, Map.of(), Map.of());
    }

    /**
     * The editing-look frame of the whole of {@code plan} grouped into lanes by {@code grouping}, as the
     * canvas shows it with nothing selected: the groups the plan folds drawn as folded cards (through the
     * same {@link FoldedCards} as the canvas), the lanes of the services left in view, and every group's
     * summary. {@code analysis} may be {@code null}. For harnesses that paint a plan without a window.
     */
    public static Frame ofPlan(Plan plan, Analysis analysis, LaneGrouping grouping) {
        FoldedCards folds = FoldedCards.of(plan, grouping);
        Plan shown = folds.map().shown();
        SpatialIndex services = SpatialIndex.of(shown);
        Map<String, LaneSummary> summaries = grouping == LaneGrouping.NONE ? Map.of()
                : LaneSummary.of(plan, grouping, analysis, Set.of());
        return new Frame(services, DependencyIndex.of(services), analysis, Set.of(), null, Emphasis.NONE, Set.of(),
                false, Lanes.of(shown, grouping), null, ChangeMarks.NONE, summaries, Map.of(),
                folds.isEmpty() ? FoldView.NONE : new FoldView(folds, null));
    }

    /**
     * The editing-look frame of {@link #ofPlan}, as the canvas paints it at {@code scale} screen pixels a
     * world unit: below the name level, with lanes, every group of the grouping a tile ({@link GroupTiles})
     * and only the services in no group drawn one by one; otherwise {@link #ofPlan} itself.
     */
    public static Frame ofPlanAt(Plan plan, Analysis analysis, LaneGrouping grouping, double scale) {
        if (!GroupTiles.apply(grouping, scale, false)) {
            return ofPlan(plan, analysis, grouping);
        }
        GroupTiles tiles = GroupTiles.of(plan, grouping);
        return new Frame(tiles.loose(), tiles.looseDependencies(), analysis, Set.of(), null, Emphasis.NONE,
                Set.of(), false, Lanes.NONE, null, ChangeMarks.NONE, LaneSummary.of(plan, grouping, analysis, Set.of()),
                Map.of(), new FoldView(tiles.cards(), null));
    }

    /** How much thicker than the editing look arrows and card borders are drawn. */
    double lineWeight(Palette palette) {
        return palette.lineWeight() * (presentation ? PRESENTATION_WEIGHT : 1);
    }
}
