package com.recoveryworkbench.ui.present;

/**
 * The parts of the window presentation mode hides (menus, toolbar, side and bottom panels, status
 * bar), supplied by the window that owns them. FX thread only.
 */
@FunctionalInterface
public interface EditingChrome {

    /** Hides the chrome and returns what shows it again exactly as it was (panels, divider positions). */
    Runnable hide();
}
