package com.recoveryworkbench.analysis;

/**
 * The links behind one analysis's {@link ChainList}s: for each service, the service before it on its
 * critical path and the length of that path. Chains share these links, so two chains compare and hash
 * in time that does not grow with their length once their shorter chains have been met: the hash of
 * a chain is the hash of its predecessor's chain and one more id, and two chains found equal are
 * remembered, so the next pair (one step longer) stops where the last comparison ended. Comparing the
 * 20,000 RTO misses of two analyses of a 20,000-service chain (what {@code diff} does) then takes
 * 20,000 steps instead of 200 million. Thread-safe: the remembered comparisons are guarded by this
 * object; the links never change.
 */
final class ChainLinks {
    static final int NONE = -1;

    private final String[] ids;
    private final int[] previous;
    private final int[] length;
    /** {@link java.util.List#hashCode()} of each service's whole chain, once {@link #hashed}. */
    private final int[] chainHash;
    private final boolean[] hashed;
    /** The links {@link #equalTo} refers to: only the last other analysis compared with is remembered. */
    private ChainLinks comparedWith;
    /** For a service here, 1 + the service there whose whole chain has the same ids; 0 when not known. */
    private int[] equalTo;

    /** Neither array may change afterwards. */
    ChainLinks(String[] ids, int[] previous, int[] length) {
        this.ids = ids;
        this.previous = previous;
        this.length = length;
        this.chainHash = new int[ids.length];
        this.hashed = new boolean[ids.length];
    }

    String id(int i) {
        return ids[i];
    }

    int previous(int i) {
        return previous[i];
    }

    /** How many services the whole chain ending at {@code i} has. */
    int length(int i) {
        return length[i];
    }

    /** {@link java.util.List#hashCode()} of the whole chain ending at {@code i}, first to last. */
    synchronized int chainHash(int i) {
        if (!hashed[i]) {
            // Fill from the nearest known chain forwards; each chain is computed once.
            int known = i;
            int steps = 0;
            while (previous[known] != NONE && !hashed[previous[known]]) {
                known = previous[known];
                steps++;
            }
            int[] order = new int[steps + 1];
            for (int k = steps, at = i; k >= 0; k--, at = previous[at]) {
                order[k] = at;
            }
            for (int at : order) {
                int before = previous[at] == NONE ? 1 : chainHash[previous[at]];
                chainHash[at] = 31 * before + ids[at].hashCode();
                hashed[at] = true;
            }
        }
        return chainHash[i];
    }

    /**
     * Whether the last {@code count} ids of the chain ending at {@code here} equal those of the chain
     * ending at {@code thereEnd} in {@code there}.
     */
    boolean sameIds(int here, ChainLinks there, int thereEnd, int count) {
        if (there == this) {
            return sameHere(here, thereEnd, count);
        }
        synchronized (this) {
            if (comparedWith != there) {
                comparedWith = there;
                equalTo = new int[ids.length];
            }
            int at = here;
            int other = thereEnd;
            for (int k = 0; k < count; k++, at = previous[at], other = there.previous[other]) {
                if (equalTo[at] == other + 1) {
                    // The rest is known equal: so is every whole chain walked so far.
                    remember(here, there, thereEnd, k);
                    return true;
                }
                if (!ids[at].equals(there.ids[other])) {
                    return false;
                }
            }
            if (at == NONE && other == NONE) {
                remember(here, there, thereEnd, count);
            }
            return true;
        }
    }

    /** Records that the whole chains of the first {@code steps} pairs walked from these ends are equal. */
    private void remember(int here, ChainLinks there, int thereEnd, int steps) {
        for (int k = 0, a = here, b = thereEnd; k < steps; k++, a = previous[a], b = there.previous[b]) {
            equalTo[a] = b + 1;
        }
    }

    private boolean sameHere(int here, int thereEnd, int count) {
        for (int k = 0, a = here, b = thereEnd; k < count; k++, a = previous[a], b = previous[b]) {
            if (a == b) {
                return true;
            }
            if (!ids[a].equals(ids[b])) {
                return false;
            }
        }
        return true;
    }
}
