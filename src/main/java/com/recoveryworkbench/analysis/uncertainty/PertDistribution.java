package com.recoveryworkbench.analysis.uncertainty;

import com.recoveryworkbench.model.RestoreTimeRange;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * The PERT distribution of a restore time, in seconds: a Beta distribution stretched over [min, max]
 * with shapes α = 1 + 4(likely − min)/(max − min) and β = 1 + 4(max − likely)/(max − min), so its mode is
 * the likely value and its mean (min + 4·likely + max)/6. A range of one point always gives that point.
 */
record PertDistribution(long min, long likely, long max) {
    PertDistribution {
        if (!(min <= likely && likely <= max)) {
            throw new IllegalArgumentException("need min ≤ likely ≤ max, was " + min + ", " + likely + ", " + max);
        }
    }

    static PertDistribution of(RestoreTimeRange range, Duration likely) {
        return new PertDistribution(range.min().getSeconds(), likely.getSeconds(), range.max().getSeconds());
    }

    double alpha() {
        return 1 + 4.0 * (likely - min) / (max - min);
    }

    double beta() {
        return 1 + 4.0 * (max - likely) / (max - min);
    }

    double mean() {
        return (min + 4.0 * likely + max) / 6;
    }

    /** One restore time in whole seconds, within [min, max]. */
    long draw(RandomGenerator random) {
        if (min == max) {
            return min;
        }
        double drawn = min + (max - min) * BetaDraws.beta(alpha(), beta(), random);
        return Math.max(min, Math.min(max, Math.round(drawn)));
    }
}
