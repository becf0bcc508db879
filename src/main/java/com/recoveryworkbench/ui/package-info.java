/**
 * The workbench window, in rooms. This package only starts and assembles the window: the app and
 * its launcher, {@code WorkbenchShell} (builds every room and wires them), {@code WorkbenchLayout}
 * (where each panel sits), the status bar, title and start-up options.
 *
 * <p>Every other class lives in a room named for what it holds:
 * <ul>
 *   <li>{@code ui.state}: the window's shared state ({@code WorkbenchState}: document, live analysis,
 *       selection, highlight), status and background tasks. It depends on no other room, only on the
 *       document below it ({@code ui.edit}).</li>
 *   <li>{@code ui.edit}: the plan document, its edits and undo history.</li>
 *   <li>{@code ui.canvas} (the map editor), {@code ui.present} (presentation mode).</li>
 *   <li>{@code ui.scenarios}: the scenario picker, the Scenarios tab, "What if this is lost?" on the
 *       map and the scenario matrix.</li>
 *   <li>{@code ui.proven}: the Planned | Proven switch (toolbar, View menu, presentation mode) and the
 *       badge that says the window shows proven times.</li>
 *   <li>{@code ui.drills}: the Drills tab (drill log, results grid) and File ▸ Import Drill Results….</li>
 *   <li>Panels: {@code ui.inspector}, {@code ui.compliance}, {@code ui.timeline}, {@code ui.tiers},
 *       {@code ui.findings}, built from the form kit in {@code ui.form}, and {@code ui.fixfirst} (which
 *       one change helps most, Try it, what-ifs, sensitivity).</li>
 *   <li>{@code ui.files} (open, save, autosave, recovery, drop, dialogs), {@code ui.exchange} (import,
 *       export, merge, compare), {@code ui.menus} (menus, commands, shortcuts, find),
 *       {@code ui.preferences}, {@code ui.theme}.</li>
 * </ul>
 *
 * <p><b>Adding a panel</b> (scenarios, drills, fix first…): make a new room, e.g. {@code ui.scenarios},
 * with a view and a view-model that take the {@code WorkbenchState} and read it; then place the view
 * in {@code WorkbenchLayout} (a tab or side panel), build it in {@code WorkbenchShell}, and add its
 * menu entry or toolbar control in {@code ui.menus}. A room never imports this package, and rooms
 * never need each other both ways: {@code LayerRulesTest} fails the build on a cycle.
 */
package com.recoveryworkbench.ui;
