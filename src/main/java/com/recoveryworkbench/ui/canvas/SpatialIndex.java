package com.recoveryworkbench.ui.canvas;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A uniform grid over the service cards of one plan, for hit-testing and culling without scanning
 * every service. Built once per plan (plans are immutable); immutable afterwards, so it may be read
 * from any thread. Results come in plan order (by id), which is also the painting order: the last
 * card drawn is the one on top.
 */
public final class SpatialIndex {
    /** Two cards wide: a card covers at most 2 x 2 cells, a screenful a few dozen. */
    static final double CELL = 400;

    private final Plan plan;
    private final Service[] services;
    private final Map<String, Integer> ordinals;
    private final Map<Long, IntList> cells = new HashMap<>();
    private final WorldRect bounds;

    private SpatialIndex(Plan plan) {
        this.plan = plan;
        this.services = plan.services().toArray(new Service[0]);
        this.ordinals = new HashMap<>(services.length * 2);
        WorldRect all = null;
        for (int i = 0; i < services.length; i++) {
            Position p = services[i].position();
            ordinals.put(services[i].id(), i);
            for (int cx = cell(p.x()); cx <= cell(p.x() + CardGeometry.WIDTH); cx++) {
                for (int cy = cell(p.y()); cy <= cell(p.y() + CardGeometry.HEIGHT); cy++) {
                    cells.computeIfAbsent(key(cx, cy), k -> new IntList()).add(i);
                }
            }
            WorldRect card = CardGeometry.bounds(p);
            all = all == null ? card : all.union(card);
        }
        this.bounds = all;
    }

    public static SpatialIndex of(Plan plan) {
        return new SpatialIndex(plan);
    }

    public Plan plan() {
        return plan;
    }

    /** The service with this id; {@code null} when the plan has none. */
    public Service service(String id) {
        Integer i = ordinals.get(id);
        return i == null ? null : services[i];
    }

    /** The smallest rectangle around every card; {@code null} for a plan without services. */
    public WorldRect bounds() {
        return bounds;
    }

    /** The cards that intersect {@code area}, each once, in painting order. */
    public List<Service> query(WorldRect area) {
        int cx0 = cell(area.minX());
        int cy0 = cell(area.minY());
        int cx1 = cell(area.maxX());
        int cy1 = cell(area.maxY());
        IntList found = new IntList();
        long cellCount = (long) (cx1 - cx0 + 1) * (cy1 - cy0 + 1);
        if (cellCount > cells.size()) {
            // A view wider than the plan: visiting the occupied cells is cheaper than the empty ones.
            cells.forEach((k, list) -> collect(list, (int) (k >> 32), (int) (long) k, cx0, cy0, cx1, cy1, area, found));
        } else {
            for (int cx = cx0; cx <= cx1; cx++) {
                for (int cy = cy0; cy <= cy1; cy++) {
                    IntList list = cells.get(key(cx, cy));
                    if (list != null) {
                        collect(list, cx, cy, cx0, cy0, cx1, cy1, area, found);
                    }
                }
            }
        }
        int[] order = found.toSortedArray();
        List<Service> result = new ArrayList<>(order.length);
        for (int i : order) {
            result.add(services[i]);
        }
        return result;
    }

    private void collect(IntList list, int cx, int cy, int cx0, int cy0, int cx1, int cy1, WorldRect area,
                         IntList found) {
        if (cx < cx0 || cx > cx1 || cy < cy0 || cy > cy1) {
            return;
        }
        for (int n = 0; n < list.size; n++) {
            int i = list.items[n];
            Position p = services[i].position();
            // A card spanning several cells is reported only from the first cell the query shares with it.
            if (cx == Math.max(cell(p.x()), cx0) && cy == Math.max(cell(p.y()), cy0)
                    && area.intersects(p.x(), p.y(), p.x() + CardGeometry.WIDTH, p.y() + CardGeometry.HEIGHT)) {
                found.add(i);
            }
        }
    }

    /** The topmost card under world point (wx, wy); {@code null} on empty space. */
    public Service serviceAt(double wx, double wy) {
        IntList list = cells.get(key(cell(wx), cell(wy)));
        if (list == null) {
            return null;
        }
        Service top = null;
        int topOrdinal = -1;
        for (int n = 0; n < list.size; n++) {
            int i = list.items[n];
            if (i > topOrdinal && CardGeometry.bounds(services[i].position()).contains(wx, wy)) {
                top = services[i];
                topOrdinal = i;
            }
        }
        return top;
    }

    /** The topmost card whose connection handle is under (wx, wy), within {@code tolerance}; else {@code null}. */
    public Service handleAt(double wx, double wy, double tolerance) {
        double reach = CardGeometry.HANDLE_RADIUS + tolerance;
        Service top = null;
        for (Service s : query(new WorldRect(wx - reach, wy - reach, wx + reach, wy + reach))) {
            if (CardGeometry.isOnHandle(s.position(), wx, wy, tolerance)) {
                top = s;
            }
        }
        return top;
    }

    private static int cell(double world) {
        return (int) Math.floor(world / CELL);
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) | (cy & 0xffffffffL);
    }

    /** A growable int array: cells hold service ordinals without boxing. */
    private static final class IntList {
        int[] items = new int[4];
        int size;

        void add(int value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }

        int[] toSortedArray() {
            int[] copy = Arrays.copyOf(items, size);
            Arrays.sort(copy);
            return copy;
        }
    }
}
