package com.recoveryworkbench.analysis.uncertainty;

import java.util.random.RandomGenerator;

/**
 * Draws from Gamma and Beta distributions with a caller's random generator, so a seeded generator gives
 * a repeatable sequence. Gamma by Marsaglia and Tsang's method ("A simple method for generating gamma
 * variables", 2000); Beta(α, β) as X / (X + Y) for X ~ Gamma(α), Y ~ Gamma(β). Shapes of 1 or more only,
 * which is all PERT needs (its shapes lie between 1 and 5).
 */
final class BetaDraws {
    private BetaDraws() {
    }

    /** One draw from Beta(alpha, beta), in [0, 1]. */
    static double beta(double alpha, double beta, RandomGenerator random) {
        double x = gamma(alpha, random);
        double y = gamma(beta, random);
        return x / (x + y);
    }

    /** One draw from Gamma(shape, scale 1). */
    static double gamma(double shape, RandomGenerator random) {
        if (shape < 1) {
            throw new IllegalArgumentException("shape must be 1 or more, was " + shape);
        }
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            // The cheap squeeze accepts almost every draw; the logarithm decides the rest exactly.
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }
}
