package com.recoveryworkbench.layout;

/**
 * Which way a layout reads: the services that must come back first (wave 1) sit at the start of the
 * direction, their dependents after them.
 */
public enum Direction {
    /** Wave 1 in the leftmost column, dependents to the right. */
    LEFT_TO_RIGHT,
    /** Wave 1 in the top row, dependents below. */
    TOP_TO_BOTTOM
}
