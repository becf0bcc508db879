/**
 * The recovery analysis: {@link com.recoveryworkbench.analysis.RecoveryAnalyzer} turns a
 * {@link com.recoveryworkbench.model.Plan} into an {@link com.recoveryworkbench.analysis.Analysis}
 * following "The recovery rules" of docs/design.md. Pure and deterministic: no I/O, no JavaFX, no
 * shared state, so the UI can run it on a background thread on every edit.
 *
 * <p>How it is built, for speed on plans of thousands of services: the plan is indexed once into
 * int arrays (index = position in id order, so "smallest index" is "smallest id"), and every pass
 * (topological order, waves, schedule, critical paths) is a loop over those arrays. Kahn's algorithm
 * runs first; only the services it cannot place (cycles and what depends on them) go into a JGraphT
 * graph, where {@code KosarajuStrongConnectivityInspector} finds the cycles and
 * {@code BFSShortestPath} a loop to name in the message. An acyclic plan never builds a JGraphT graph.
 */
package com.recoveryworkbench.analysis;
