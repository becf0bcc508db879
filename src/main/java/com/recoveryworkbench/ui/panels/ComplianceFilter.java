package com.recoveryworkbench.ui.panels;

import com.recoveryworkbench.analysis.Compliance;

/** The compliance-state choice above the compliance table. */
public enum ComplianceFilter {
    ALL("All", null),
    MISSED("Missed", Compliance.MISSED),
    AT_RISK("At risk", Compliance.AT_RISK),
    BLOCKED("Blocked", Compliance.BLOCKED),
    INCOMPLETE("Incomplete", Compliance.INCOMPLETE),
    MEETS("Meets", Compliance.MEETS);

    private final String label;
    private final Compliance only;

    ComplianceFilter(String label, Compliance only) {
        this.label = label;
        this.only = only;
    }

    public boolean matches(Compliance compliance) {
        return only == null || only == compliance;
    }

    @Override
    public String toString() {
        return label;
    }
}
