package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.Compliance;

/** Verdicts as plain ASCII words for text reports: the canvas's symbols may not render in every terminal. */
public final class AsciiVerdict {
    private AsciiVerdict() {
    }

    public static String word(Compliance compliance) {
        return switch (compliance) {
            case MEETS -> "OK";
            case AT_RISK -> "AT RISK";
            case MISSED -> "MISS";
            case BLOCKED -> "BLOCKED";
            case INCOMPLETE -> "INCOMPLETE";
        };
    }
}
