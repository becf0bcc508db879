package com.recoveryworkbench.ui.state;

/** What the canvas emphasises around the selected service; the rest is dimmed. */
public enum HighlightMode {
    /** The chain of hard dependencies that sets the selected service's up time. */
    CRITICAL_PATH,
    /** Every service that depends on the selected one, directly or not (its blast radius). */
    IMPACT
}
