package com.recoveryworkbench.analysis;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;

/**
 * A chain of service ids read back along {@link CriticalPaths}' links, without copying it. Every
 * service's critical path shares the links of the service before it, so a 10,000-service chain holds
 * 10,000 small lists instead of 50 million ids (which is what a copy per service costs: the square of
 * the chain). Immutable; {@link #iterator()} walks the chain once, {@link #get(int)} walks back from the
 * end, so reading near the end is cheap and reading every item by index is not (iterate instead).
 *
 * <p>Two orders: {@link #path} runs from the first restored service to the last one; {@link #endFirst}
 * names the last one first and then the rest of the path from its beginning, the order of an RTO
 * miss's services ("this service, then the chain that makes it late").
 */
final class ChainList extends AbstractList<String> {
    private final String[] ids;
    private final int[] previous;
    private final int end;
    private final int length;
    private final boolean endFirst;
    /**
     * {@link List#hashCode()}, computed on first use (comparing analyses hashes every finding's services);
     * 0 until then, as in {@link String}, so threads sharing the list at worst compute it twice.
     */
    private int hash;

    private ChainList(String[] ids, int[] previous, int end, int length, boolean endFirst) {
        this.ids = ids;
        this.previous = previous;
        this.end = end;
        this.length = length;
        this.endFirst = endFirst;
    }

    /**
     * The {@code length} ids ending at {@code end}, first to last; {@code previous} links each index to
     * the one before it. Neither array may change afterwards.
     */
    static List<String> path(String[] ids, int[] previous, int end, int length) {
        return new ChainList(ids, previous, end, length, false);
    }

    /** The same ids as {@link #path}, with {@code end} moved to the front. */
    static List<String> endFirst(String[] ids, int[] previous, int end, int length) {
        return new ChainList(ids, previous, end, length, true);
    }

    /** {@code ids} itself when it is a chain (immutable already), otherwise an immutable copy. */
    static List<String> immutable(List<String> ids) {
        return ids instanceof ChainList ? ids : List.copyOf(ids);
    }

    @Override
    public int size() {
        return length;
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("index " + index + " of a chain of " + length);
        }
        int stepsBack = endFirst ? (index == 0 ? 0 : length - index) : length - 1 - index;
        return ids[walkBack(stepsBack)];
    }

    /** A tail of a path is itself a path ending at the same service, so it costs nothing to make. */
    @Override
    public List<String> subList(int fromIndex, int toIndex) {
        if (!endFirst && toIndex == length && fromIndex >= 0 && fromIndex <= length) {
            return new ChainList(ids, previous, end, length - fromIndex, false);
        }
        return super.subList(fromIndex, toIndex);
    }

    @Override
    public Iterator<String> iterator() {
        return listIterator(0);
    }

    /** Every way of reading in order walks the chain once (AbstractList's own would call get for each item). */
    @Override
    public ListIterator<String> listIterator(int index) {
        int[] path = new int[length];
        for (int k = length - 1, at = end; k >= 0; k--, at = previous[at]) {
            path[k] = at;
        }
        String[] inOrder = new String[length];
        int next = 0;
        if (endFirst && length > 0) {
            inOrder[next++] = ids[end];
        }
        for (int k = 0; k < length - (endFirst ? 1 : 0); k++) {
            inOrder[next++] = ids[path[k]];
        }
        return List.of(inOrder).listIterator(index);
    }

    /** Two chains in the same order compare link by link, walking back together, without copying either. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ChainList that) || that.endFirst != endFirst) {
            return super.equals(other);
        }
        if (that.length != length || hashCode() != that.hashCode()) {
            return false;
        }
        for (int k = 0, at = end, there = that.end; k < length; k++, at = previous[at], there = that.previous[there]) {
            if (!ids[at].equals(that.ids[there])) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link List#hashCode()} of the ids in order, summed walking back from the end: the item {@code j}
     * places before the last weighs {@code 31^j}, and the whole gets {@code 31^size}.
     */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            int sum = 0;
            int weight = 1;
            int restLength = endFirst ? length - 1 : length;
            int at = endFirst ? (length > 1 ? previous[end] : end) : end;
            for (int j = 0; j < restLength; j++, at = previous[at]) {
                sum += ids[at].hashCode() * weight;
                weight *= 31;
            }
            if (endFirst && length > 0) {
                sum += ids[end].hashCode() * weight;
                weight *= 31;
            }
            h = weight + sum;
            hash = h;
        }
        return h;
    }

    private int walkBack(int steps) {
        int at = end;
        for (int k = 0; k < steps; k++) {
            at = previous[at];
        }
        return at;
    }
}
