package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.analysis.Analysis;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.ui.canvas.SemanticZoom.Detail;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the raster layer of a frame (background, grid, plain arrows, blocks, the lanes' fills and
 * borders, the bundled arrows of folded groups) is drawn from, so that the painter can tell when the last frame's layer can be kept as it is
 * (only the selection of cards, the marks or an overlay changed) or moved by whole pixels (a pan) with only the
 * strips that came into view drawn. Indexes, analyses and highlights are immutable and kept while
 * nothing changes them (see {@link EmphasisChooser}), and so are the lanes and the folded cards (made once
 * per plan and grouping by {@link CanvasState}), so they are compared by identity. Anything new
 * that changes what the raster layer shows must be added here, or frames would keep a stale layer.
 * Immutable.
 */
record RasterInputs(int width, int height, double pixelScale, double scale, double offsetX, double offsetY,
                    Palette palette, Detail detail, boolean presentation, SpatialIndex services,
                    DependencyIndex dependencies, Analysis analysis, Emphasis emphasis, Set<String> greyed,
                    Dependency selectedDependency, Lanes lanes, Lane dropTarget, FoldedCards folds) {

    static RasterInputs of(Frame frame, Viewport viewport, Palette palette, Detail detail, int width, int height,
                           double pixelScale) {
        return new RasterInputs(width, height, pixelScale, viewport.scale(), viewport.offsetX(),
                viewport.offsetY(), palette, detail, frame.presentation(), frame.services(), frame.dependencies(),
                frame.analysis(), frame.emphasis(), frame.greyed(), frame.selectedDependency(), frame.lanes(),
                frame.dropTarget(), frame.fold().cards());
    }

    /** Whether the two layers are the same picture: same view and same content. */
    boolean sameAs(RasterInputs last) {
        return last != null && offsetX == last.offsetX && offsetY == last.offsetY && sameContent(last);
    }

    /**
     * How far the picture moved since {@code last}, in device pixels, as {dx, dy}: when only the
     * offset changed, by whole device pixels and by less than the layer's size, so that part of the
     * last layer can be kept; {@code null} when it must be drawn anew.
     */
    int[] shiftFrom(RasterInputs last) {
        if (last == null || !sameContent(last)) {
            return null;
        }
        double dx = (offsetX - last.offsetX) * pixelScale;
        double dy = (offsetY - last.offsetY) * pixelScale;
        long wholeX = Math.round(dx);
        long wholeY = Math.round(dy);
        // Offsets are sums of screen distances: a pan by whole pixels leaves at most rounding errors.
        boolean whole = Math.abs(dx - wholeX) < 1e-6 && Math.abs(dy - wholeY) < 1e-6;
        if (!whole || Math.abs(wholeX) >= width || Math.abs(wholeY) >= height) {
            return null;
        }
        return new int[] {(int) wholeX, (int) wholeY};
    }

    private boolean sameContent(RasterInputs last) {
        return width == last.width && height == last.height && pixelScale == last.pixelScale
                && scale == last.scale && palette.equals(last.palette) && detail == last.detail
                && presentation == last.presentation && services == last.services
                && dependencies == last.dependencies && analysis == last.analysis
                && emphasis == last.emphasis && greyed.equals(last.greyed)
                && Objects.equals(selectedDependency, last.selectedDependency) && lanes == last.lanes
                && Objects.equals(dropTarget, last.dropTarget) && folds == last.folds;
    }
}
