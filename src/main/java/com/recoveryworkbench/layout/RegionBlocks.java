package com.recoveryworkbench.layout;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Lays out a plan with several regions so that it uses the screen: each region is a block of its own,
 * layered by wave as a plan without regions is ({@link ElkLayering}, {@link StraightCrossings},
 * {@link ForcedLayers}), and the blocks are packed side by side and in rows ({@link BlockPacking}) so
 * that the whole map is about as wide for its height as the canvas. Stacking every region across all
 * the waves ({@link RegionLanes}) gives a band as long as the deepest region; blocks let a shallow
 * region sit beside a deep one. Services without a region form a block of their own.
 *
 * <p>Regions that others depend on are offered first (top left), so that with equal merits most arrows
 * between blocks point the way the waves do; the packing may reorder blocks to shorten those arrows.
 * Only hard dependencies inside a region shape its block. Pure function.
 */
final class RegionBlocks {
    /**
     * Room between two blocks: enough for the canvas to draw each region's lane (its padding and the
     * band with its name above the cards) without two lanes touching.
     */
    static final double BLOCK_GAP = 100;
    /** Up to this many blocks (32 ways up) each is tried mirrored; counting crossings costs about E log E. */
    static final int MIRRORED_UP_TO = 5;

    private RegionBlocks() {
    }

    /** True when the services to move span at least two regions (services without one count as one). */
    static boolean applies(Plan plan, Collection<String> moving) {
        return moving.stream().map(id -> regionOf(plan, id)).distinct().limit(2).count() > 1;
    }

    /**
     * Slots for {@code moving} (ids in a fixed order), in ELK's frame: main along the waves, cross across.
     *
     * @param aspectRatio the canvas's width over its height, in the direction's frame (main over cross)
     */
    static Map<String, Slot> arrange(Plan plan, SortedSet<String> moving, double mainSize, double crossSize,
                                     double aspectRatio) {
        Map<String, SortedSet<String>> regions = new TreeMap<>();
        moving.forEach(id -> regions.computeIfAbsent(regionOf(plan, id), r -> new TreeSet<>()).add(id));
        List<Block> blocks = new ArrayList<>();
        List<String> order = order(plan, regions);
        for (String region : order) {
            blocks.add(Block.of(layered(plan, regions.get(region), mainSize, crossSize), mainSize, crossSize));
        }
        List<Slot> corners = BlockPacking.pack(blocks.stream().map(b -> new Slot(b.mainExtent(), b.crossExtent()))
                .toList(), BLOCK_GAP, aspectRatio, links(plan, order, regions));
        return fewestCrossings(plan, blocks, corners);
    }

    /**
     * The blocks at their corners, each the way up (as laid out, or mirrored across the waves, which keeps
     * every wave in place) that leaves the fewest crossings; tried for up to {@link #MIRRORED_UP_TO} blocks.
     */
    private static Map<String, Slot> fewestCrossings(Plan plan, List<Block> blocks, List<Slot> corners) {
        int ways = blocks.size() <= MIRRORED_UP_TO ? 1 << blocks.size() : 1;
        Map<String, Slot> best = null;
        long fewest = Long.MAX_VALUE;
        for (int mirrored = 0; mirrored < ways; mirrored++) {
            Map<String, Slot> placed = new LinkedHashMap<>();
            for (int i = 0; i < blocks.size(); i++) {
                Slot corner = corners.get(i);
                Block block = blocks.get(i);
                boolean flip = (mirrored & (1 << i)) != 0;
                block.slots().forEach((id, s) -> placed.put(id, new Slot(corner.main() + s.main(),
                        corner.cross() + (flip ? block.crossExtent() - block.crossSize() - s.cross() : s.cross()))));
            }
            long crossings = ways == 1 ? 0 : ArrowCrossings.count(plan, placed);
            if (crossings < fewest) {
                best = placed;
                fewest = crossings;
            }
        }
        return best;
    }

    /** One region's services layered by wave, as a plan without regions is. */
    private static Map<String, Slot> layered(Plan plan, SortedSet<String> ids, double mainSize, double crossSize) {
        SortedSet<String> forced = new TreeSet<>();
        SortedSet<String> free = new TreeSet<>();
        ids.forEach(id -> (plan.service(id).orElseThrow().layer() != null ? forced : free).add(id));
        Map<String, Slot> laid = free.isEmpty() ? Map.of() : ElkLayering.layout(plan, free, mainSize, crossSize);
        if (free.size() <= ElkLayering.THOROUGH_LIMIT) {
            laid = StraightCrossings.reduce(plan, laid);
        }
        return ForcedLayers.place(plan, forced, laid, mainSize, crossSize);
    }

    /**
     * Regions others depend on first: by the hard dependencies other regions have on them minus those
     * they have on other regions, then by name.
     */
    private static List<String> order(Plan plan, Map<String, SortedSet<String>> regions) {
        Map<String, String> regionOfMoving = new HashMap<>();
        regions.forEach((region, ids) -> ids.forEach(id -> regionOfMoving.put(id, region)));
        Map<String, Integer> provides = new HashMap<>();
        for (Dependency d : plan.dependencies()) {
            String from = regionOfMoving.get(d.from());
            String to = regionOfMoving.get(d.to());
            if (d.isHard() && from != null && to != null && !from.equals(to)) {
                provides.merge(to, 1, Integer::sum);
                provides.merge(from, -1, Integer::sum);
            }
        }
        List<String> order = new ArrayList<>(regions.keySet());
        order.sort(Comparator.comparingInt((String r) -> -provides.getOrDefault(r, 0))
                .thenComparing(Comparator.naturalOrder()));
        return order;
    }

    /** How many hard dependencies run between each two regions, by their index in {@code order}. */
    private static int[][] links(Plan plan, List<String> order, Map<String, SortedSet<String>> regions) {
        Map<String, Integer> blockOf = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            int block = i;
            regions.get(order.get(i)).forEach(id -> blockOf.put(id, block));
        }
        int[][] links = new int[order.size()][order.size()];
        for (Dependency d : plan.dependencies()) {
            Integer from = blockOf.get(d.from());
            Integer to = blockOf.get(d.to());
            if (d.isHard() && from != null && to != null && !from.equals(to)) {
                links[from][to]++;
                links[to][from]++;
            }
        }
        return links;
    }

    private static String regionOf(Plan plan, String id) {
        return plan.service(id).map(Service::region).orElse("");
    }

    /** A region's slots moved to start at (0, 0), and its extent. */
    private record Block(Map<String, Slot> slots, double mainExtent, double crossExtent, double crossSize) {
        static Block of(Map<String, Slot> slots, double mainSize, double crossSize) {
            double minMain = slots.values().stream().mapToDouble(Slot::main).min().orElse(0);
            double minCross = slots.values().stream().mapToDouble(Slot::cross).min().orElse(0);
            Map<String, Slot> moved = new LinkedHashMap<>();
            slots.forEach((id, s) -> moved.put(id, new Slot(s.main() - minMain, s.cross() - minCross)));
            double main = moved.values().stream().mapToDouble(Slot::main).max().orElse(0) + mainSize;
            double cross = moved.values().stream().mapToDouble(Slot::cross).max().orElse(0) + crossSize;
            return new Block(moved, main, cross, crossSize);
        }
    }
}
