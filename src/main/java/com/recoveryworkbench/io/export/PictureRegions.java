package com.recoveryworkbench.io.export;

import static com.recoveryworkbench.io.export.MapLook.CARD_HEIGHT;
import static com.recoveryworkbench.io.export.MapLook.CARD_WIDTH;
import static com.recoveryworkbench.io.export.MapLook.REGION_LABEL_BAND;
import static com.recoveryworkbench.io.export.MapLook.REGION_LABEL_INSET;
import static com.recoveryworkbench.io.export.MapLook.REGION_LABEL_SIZE;
import static com.recoveryworkbench.io.export.MapLook.REGION_PAD;

import com.recoveryworkbench.model.GroupKind;
import com.recoveryworkbench.model.Service;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The region boxes of a picture (or those of the owners or named groups, when the window's lanes show
 * them), by the rule the canvas draws its lanes with: around the cards
 * of each region (services without one have none) {@link MapLook#REGION_PAD} of room and a band of
 * {@link MapLook#REGION_LABEL_BAND} above them for the region's name; colours in turn by region name;
 * the largest box first, and a name that would cover an earlier one moved right past it. Stateless.
 */
final class PictureRegions {
    /** Room after a region's name before the next name may start. */
    private static final double LABEL_GAP = REGION_LABEL_INSET;

    private PictureRegions() {
    }

    /** An axis-aligned box in plan units. */
    record Box(double minX, double minY, double maxX, double maxY) {
        Box union(Box other) {
            return new Box(Math.min(minX, other.minX), Math.min(minY, other.minY), Math.max(maxX, other.maxX),
                    Math.max(maxY, other.maxY));
        }

        double area() {
            return (maxX - minX) * (maxY - minY);
        }
    }

    /** The box of each group of kind {@code groups} (each region, unless another kind) of {@code shown}, by name. */
    static Map<String, Box> boxes(List<Service> shown, GroupKind groups) {
        Map<String, Box> cards = new TreeMap<>();
        for (Service s : shown) {
            String group = groups.groupOf(s);
            if (!group.isEmpty()) {
                double x = s.position().x();
                double y = s.position().y();
                cards.merge(group, new Box(x, y, x + CARD_WIDTH, y + CARD_HEIGHT), Box::union);
            }
        }
        Map<String, Box> result = new TreeMap<>();
        cards.forEach((region, c) -> result.put(region, new Box(c.minX() - REGION_PAD,
                c.minY() - REGION_PAD - REGION_LABEL_BAND, c.maxX() + REGION_PAD, c.maxY() + REGION_PAD)));
        return result;
    }

    /** The regions of {@code boxes} moved by (dx, dy), in drawing order. */
    static List<MapPicture.Region> place(Map<String, Box> boxes, double dx, double dy) {
        List<MapPicture.Region> regions = new ArrayList<>();
        int colour = 0;
        for (Map.Entry<String, Box> e : boxes.entrySet()) {
            Box b = e.getValue();
            double x = b.minX() + dx;
            double y = b.minY() + dy;
            regions.add(new MapPicture.Region(e.getKey(), x, y, b.maxX() - b.minX(), b.maxY() - b.minY(),
                    x + REGION_LABEL_INSET, y + REGION_LABEL_BAND - 10,
                    MapLook.REGION_HUES.get(colour++ % MapLook.REGION_HUES.size())));
        }
        regions.sort(Comparator.comparingDouble((MapPicture.Region r) -> r.width() * r.height()).reversed()
                .thenComparing(MapPicture.Region::name));
        return movedLabels(regions);
    }

    /** Moves each name right of any earlier one it would cover, until it covers none. */
    private static List<MapPicture.Region> movedLabels(List<MapPicture.Region> regions) {
        List<Box> placed = new ArrayList<>();
        List<MapPicture.Region> result = new ArrayList<>();
        for (MapPicture.Region r : regions) {
            double x = r.labelX();
            Box label = label(r, x);
            for (int i = 0; i < placed.size(); i++) {
                Box other = placed.get(i);
                if (other.minX() < label.maxX() && label.minX() < other.maxX() && other.minY() < label.maxY()
                        && label.minY() < other.maxY()) {
                    x = other.maxX() + LABEL_GAP;
                    label = label(r, x);
                    i = -1; // the moved name may now cover one checked before
                }
            }
            placed.add(label);
            result.add(new MapPicture.Region(r.name(), r.x(), r.y(), r.width(), r.height(), x, r.labelBaseline(),
                    r.colour()));
        }
        return result;
    }

    private static Box label(MapPicture.Region r, double x) {
        double width = SvgText.width(TextFit.head(r.name()), REGION_LABEL_SIZE, true);
        return new Box(x, r.labelBaseline() - REGION_LABEL_SIZE, x + width, r.labelBaseline() + REGION_LABEL_SIZE / 4);
    }
}
