/**
 * Scenarios in the window: the scenario picker (toolbar and presentation mode) that switches every
 * view to another scenario, the Scenarios tab that adds, edits, duplicates and deletes them, the map's
 * "What if this is lost?" menu, and the scenario matrix (every service in every scenario) with its CSV
 * export. Reads the shared state ({@code ui.state}), edits the plan through the document
 * ({@code ui.edit}); the map ({@code ui.canvas}) only tells it what is under a point.
 */
package com.recoveryworkbench.ui.scenarios;
