/**
 * The Drills tab: the plan's drill log (add, edit, delete restore drills), the results grid of the
 * selected drill (one row per service, typed or pasted like a spreadsheet, with planned and proven up
 * times beside each result) and File ▸ Import Drill Results… .
 */
package com.recoveryworkbench.ui.drills;
