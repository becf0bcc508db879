package com.recoveryworkbench.analysis;

import java.util.List;

/**
 * One cycle of hard dependencies: a strongly connected component with more than one member, or a
 * service that hard-depends on itself.
 *
 * @param members    indices of its services, ascending
 * @param loop       indices along one closed loop in the dependency direction, first and last the
 *                   same (the smallest member), e.g. Auth → Session store → Auth
 * @param dependents indices of the services outside it that hard-depend on it, directly or not, ascending
 */
record Cycle(int[] members, List<Integer> loop, int[] dependents) {
}
