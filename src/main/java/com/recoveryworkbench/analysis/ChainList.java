package com.recoveryworkbench.analysis;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;

/**
 * A chain of service ids read back along {@link CriticalPaths}' links ({@link ChainLinks}), without
 * copying it. Every service's critical path shares the links of the service before it, so a
 * 10,000-service chain holds 10,000 small lists instead of 50 million ids (which is what a copy per
 * service costs: the square of the chain). Immutable; {@link #iterator()} walks the chain once,
 * {@link #get(int)} walks back from the end, so reading near the end is cheap and reading every item by
 * index is not (iterate instead). Equality and hash are those of any list with the same ids, in time
 * that does not grow with the chain once its shorter chains were compared (see {@link ChainLinks}).
 *
 * <p>Two orders: {@link #path} runs from the first restored service to the last one; {@link #endFirst}
 * names the last one first and then the rest of the path from its beginning, the order of an RTO
 * miss's services ("this service, then the chain that makes it late").
 */
final class ChainList extends AbstractList<String> {
    private final ChainLinks links;
    private final int end;
    private final int length;
    private final boolean endFirst;

    private ChainList(ChainLinks links, int end, int length, boolean endFirst) {
        this.links = links;
        this.end = end;
        this.length = length;
        this.endFirst = endFirst;
    }

    /** The {@code length} last ids of the chain ending at {@code end}, first to last. */
    static List<String> path(ChainLinks links, int end, int length) {
        return new ChainList(links, end, length, false);
    }

    /** The whole chain ending at {@code end}, with {@code end} moved to the front. */
    static List<String> endFirst(ChainLinks links, int end) {
        return new ChainList(links, end, links.length(end), true);
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
        return links.id(walkBack(end, stepsBack));
    }

    /** A tail of a path is itself a path ending at the same service, so it costs nothing to make. */
    @Override
    public List<String> subList(int fromIndex, int toIndex) {
        if (!endFirst && toIndex == length && fromIndex >= 0 && fromIndex <= length) {
            return new ChainList(links, end, length - fromIndex, false);
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
        String[] inOrder = new String[length];
        int next = length - 1;
        int at = endFirst ? links.previous(end) : end;
        for (int k = endFirst ? length - 1 : length; k > 0; k--, at = links.previous(at)) {
            inOrder[next--] = links.id(at);
        }
        if (endFirst && length > 0) {
            inOrder[0] = links.id(end);
        }
        // A read-only view of the array just filled: List.of would copy it once more (a report reads 600,000 ids).
        return Collections.unmodifiableList(Arrays.asList(inOrder)).listIterator(index);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ChainList that) || that.endFirst != endFirst) {
            return super.equals(other);
        }
        if (that.length != length || hashCode() != that.hashCode()) {
            return false;
        }
        if (!endFirst) {
            return links.sameIds(end, that.links, that.end, length);
        }
        return links.id(end).equals(that.links.id(that.end)) && (length == 1
                || links.sameIds(links.previous(end), that.links, that.links.previous(that.end), length - 1));
    }

    /** {@link List#hashCode()}: from the links' chain hashes for a whole chain, else summed walking back. */
    @Override
    public int hashCode() {
        boolean whole = length == links.length(end);
        if (!endFirst) {
            return whole ? links.chainHash(end) : walkedHash(end, length, 1);
        }
        // [end, p0 … p(m-1)]: 31^n + h(end)·31^(n-1) + (hash of p0 … p(m-1) − 31^m), m = n − 1.
        int m = length - 1;
        int rest = m == 0 ? 1 : links.chainHash(links.previous(end));
        return power31(length) + links.id(end).hashCode() * power31(m) + rest - power31(m);
    }

    /** List hash of the last {@code count} ids ending at {@code at}, in order, walking back. */
    private int walkedHash(int at, int count, int weight) {
        int sum = 0;
        int w = weight;
        for (int k = 0; k < count; k++, at = links.previous(at)) {
            sum += links.id(at).hashCode() * w;
            w *= 31;
        }
        return w + sum;
    }

    private static int power31(int exponent) {
        int result = 1;
        int base = 31;
        for (int e = exponent; e > 0; e >>= 1, base *= base) {
            if ((e & 1) != 0) {
                result *= base;
            }
        }
        return result;
    }

    private int walkBack(int from, int steps) {
        int at = from;
        for (int k = 0; k < steps; k++) {
            at = links.previous(at);
        }
        return at;
    }
}
