/**
 * The Planned | Proven switch and what it needs beside the views: the switch itself (toolbar and
 * presentation mode), its state (available only once the plan has a drill) and the words that tell
 * a room which basis it is looking at. Reads the shared state ({@code ui.state}); the views themselves
 * follow the basis through the analysis the shared state publishes.
 */
package com.recoveryworkbench.ui.proven;
