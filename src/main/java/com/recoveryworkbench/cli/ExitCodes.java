package com.recoveryworkbench.cli;

/** The exit codes every command keeps, so scripts and CI can branch on them. */
public final class ExitCodes {
    /** The command did what was asked and, for {@code check}, every service meets its objectives. */
    public static final int OK = 0;
    /** {@code check} ran, and the plan has misses, error findings or services it cannot judge. */
    public static final int FINDINGS = 1;
    /** {@code diff} ran, and the two plans differ. */
    public static final int DIFFERS = 1;
    /** Wrong arguments, or a file that cannot be read or written; nothing was checked or written. */
    public static final int FAILURE = 2;

    private ExitCodes() {
    }
}
