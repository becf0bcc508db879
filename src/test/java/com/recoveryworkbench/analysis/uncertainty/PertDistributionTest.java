package com.recoveryworkbench.analysis.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** PERT draws against figures worked out by hand from its definition. */
class PertDistributionTest {
    /** Legacy order DB: 30m–1h5m around 40m, in seconds. */
    private static final PertDistribution LEGACY_DB = new PertDistribution(1_800, 2_400, 3_900);

    @Test
    void shapesAndMeanFollowTheLikelyValue() {
        // α = 1 + 4·600/2100, β = 1 + 4·1500/2100, mean = (1800 + 4·2400 + 3900)/6.
        assertEquals(1 + 2400.0 / 2100, LEGACY_DB.alpha(), 1e-12);
        assertEquals(1 + 6000.0 / 2100, LEGACY_DB.beta(), 1e-12);
        assertEquals(2_550.0, LEGACY_DB.mean(), 1e-12);
    }

    @Test
    void theMeanOfManyDrawsIsThePertMean() {
        SplittableRandom random = new SplittableRandom(7);
        double mean = LongStream.range(0, 200_000).map(i -> LEGACY_DB.draw(random)).average().orElseThrow();

        // The spread is about (max − min)/6 = 350 s, so the mean of 200,000 draws is within a second or so.
        assertEquals(2_550.0, mean, 5.0);
    }

    @Test
    void drawsStayWithinTheRangeAndAOnePointRangeGivesThatPoint() {
        SplittableRandom random = new SplittableRandom(3);
        assertTrue(LongStream.range(0, 50_000).map(i -> LEGACY_DB.draw(random)).allMatch(t -> t >= 1_800 && t <= 3_900));
        assertEquals(600, new PertDistribution(600, 600, 600).draw(random));
    }

    @Test
    void gammaDrawsHaveTheirShapeAsMeanAndVariance() {
        SplittableRandom random = new SplittableRandom(11);
        double[] draws = LongStream.range(0, 200_000).mapToDouble(i -> BetaDraws.gamma(2.5, random)).toArray();
        double mean = java.util.Arrays.stream(draws).average().orElseThrow();
        double variance = java.util.Arrays.stream(draws).map(x -> (x - mean) * (x - mean)).sum() / draws.length;

        assertEquals(2.5, mean, 0.02);
        assertEquals(2.5, variance, 0.05);
    }

    @Test
    void theSameSeedGivesTheSameDraws() {
        SplittableRandom first = new SplittableRandom(5);
        SplittableRandom second = new SplittableRandom(5);
        assertEquals(LongStream.range(0, 100).map(i -> LEGACY_DB.draw(first)).boxed().toList(),
                LongStream.range(0, 100).map(i -> LEGACY_DB.draw(second)).boxed().toList());
    }
}
