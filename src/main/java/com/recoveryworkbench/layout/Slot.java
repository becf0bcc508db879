package com.recoveryworkbench.layout;

/**
 * A card's top-left corner in the layout's own frame: {@code main} runs along the direction of the
 * dependencies (wave 1 at the smallest value), {@code cross} across it.
 */
record Slot(double main, double cross) {
}
