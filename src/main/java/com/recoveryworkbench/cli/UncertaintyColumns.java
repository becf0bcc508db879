package com.recoveryworkbench.cli;

import com.recoveryworkbench.analysis.uncertainty.ServiceUncertainty;
import com.recoveryworkbench.analysis.uncertainty.Uncertainty;
import com.recoveryworkbench.analysis.uncertainty.UncertaintyText;
import com.recoveryworkbench.cli.TextTable.Align;

/**
 * The three columns {@code check --uncertainty} adds to the restore sequence right after "Up": "P50",
 * "P90" and "Meets RTO" (the chance of meeting the target). Without figures it adds nothing, so the
 * report stays as it was. Stateless apart from the figures it was made with.
 */
final class UncertaintyColumns {
    private final Uncertainty uncertainty;

    /** @param uncertainty the scenario's figures; {@code null} for none */
    UncertaintyColumns(Uncertainty uncertainty) {
        this.uncertainty = uncertainty;
    }

    /** The line under the report's header saying what the columns rest on; empty without figures. */
    static String basisLine(Uncertainty uncertainty) {
        return uncertainty == null ? "" : "Uncertainty: P50 and P90 up times and the chance of meeting the RTO target"
                + " over " + UncertaintyText.basis(uncertainty) + ", restore times drawn from each restore range\n";
    }

    Align[] aligns(Align... base) {
        return withExtra(base, Align.RIGHT, Align.RIGHT, Align.RIGHT);
    }

    String[] titles(String... base) {
        return withExtra(base, "P50", "P90", "Meets RTO");
    }

    /** The row's cells ({@code base} starts with the name and the up time) with the figures of service {@code id}. */
    String[] cells(String id, String... base) {
        if (uncertainty == null) {
            return base;
        }
        ServiceUncertainty s = uncertainty.service(id).orElseThrow();
        return withExtra(base, UncertaintyText.up(s.p50Up()), UncertaintyText.up(s.p90Up()),
                UncertaintyText.percent(s.meetProbability()));
    }

    /** {@code base} with {@code extra} after its first two columns (the name and the up time). */
    @SafeVarargs
    private <T> T[] withExtra(T[] base, T... extra) {
        if (uncertainty == null) {
            return base;
        }
        T[] out = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, out, 2, extra.length);
        System.arraycopy(base, 2, out, 2 + extra.length, base.length - 2);
        return out;
    }
}
