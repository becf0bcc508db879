package com.recoveryworkbench.io.export;

import com.recoveryworkbench.analysis.Verdict;

/** Verdicts as plain ASCII words for text reports: the canvas's symbols may not render in every terminal. */
public final class AsciiVerdict {
    private AsciiVerdict() {
    }

    public static String word(Verdict compliance) {
        return switch (compliance) {
            case MEETS -> "OK";
            case AT_RISK -> "AT RISK";
            case MISSED -> "MISS";
            case BLOCKED -> "BLOCKED";
            case INCOMPLETE -> "INCOMPLETE";
            case UNAFFECTED -> "UNAFFECTED";
        };
    }
}
