/**
 * The Fix first panel: which one change clears the most misses ({@code analysis.advice}), recomputed in
 * the background after each edit and scenario change; Try it (one undoable edit), Pin as what-if (a
 * named variant to compare or save), and the sensitivity of the lateness to each restore time as a
 * tornado chart.
 */
package com.recoveryworkbench.ui.fixfirst;
