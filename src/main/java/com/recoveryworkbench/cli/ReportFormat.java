package com.recoveryworkbench.cli;

/** How {@code check} prints its result: {@code text} for people, {@code json} for scripts. */
public enum ReportFormat {
    TEXT, JSON
}
