package com.recoveryworkbench.analysis;

import java.util.Locale;

/** How serious a finding is. Errors and misses make {@code check} fail. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
