package com.recoveryworkbench.analysis.uncertainty;

import com.recoveryworkbench.model.Durations;
import java.time.Duration;

/**
 * How reports and the window say a service's uncertainty, so they say it alike: "Up P50 52m · P90 1h10m ·
 * 38 % chance to meet 20m". Stateless.
 */
public final class UncertaintyText {
    private UncertaintyText() {
    }

    /**
     * A chance as whole per cent ("38 %"); "<1 %" and ">99 %" for a chance that rounds to 0 or 100 but is
     * neither, so a rare miss is never shown as certain; "-" for {@code null}.
     */
    public static String percent(Double chance) {
        if (chance == null) {
            return "-";
        }
        long whole = Math.round(chance * 100);
        if (whole == 0 && chance > 0) {
            return "<1 %";
        }
        if (whole == 100 && chance < 1) {
            return ">99 %";
        }
        return whole + " %";
    }

    /** An up time as reports show it; "-" for a service that is never up. */
    public static String up(Duration up) {
        return up == null ? "-" : Durations.format(up);
    }

    /** The one line about a service: its P50 and P90 up time and, with a target, its chance of meeting it. */
    public static String sentence(ServiceUncertainty service, Duration rtoTarget) {
        String ups = "Up P50 " + up(service.p50Up()) + " · P90 " + up(service.p90Up());
        return service.meetProbability() == null || rtoTarget == null ? ups
                : ups + " · " + percent(service.meetProbability()) + " chance to meet " + Durations.format(rtoTarget);
    }

    /** What the figures rest on: "2,000 runs, seed 1". */
    public static String basis(Uncertainty uncertainty) {
        return String.format(java.util.Locale.ROOT, "%,d runs, seed %d", uncertainty.runs(), uncertainty.seed());
    }
}
