package com.recoveryworkbench.io.export;

import java.util.Locale;
import java.util.Optional;

/**
 * The pixel size of a PNG picture: the picture's size times the asked scale, unless that would pass
 * {@link #MAX_SIDE} pixels on a side or {@link #MAX_PIXELS} in all, in which case the scale is
 * lowered until it fits, so a map of thousands of services needs about {@code 4 × MAX_PIXELS} bytes
 * of memory (128 MB), never gigabytes. Immutable.
 *
 * @param scale the scale actually used: the asked one, or less when capped
 * @param asked the scale that was asked for
 */
public record PixelSize(int width, int height, double scale, double asked) {
    public static final int MAX_SIDE = 16_384;
    public static final long MAX_PIXELS = 32_000_000;

    /** The size of a {@code width} × {@code height} picture drawn at {@code scale} (1 or 2), capped. */
    public static PixelSize of(int width, int height, double scale) {
        double fit = Math.min(scale, Math.min((double) MAX_SIDE / width, (double) MAX_SIDE / height));
        fit = Math.min(fit, Math.sqrt((double) MAX_PIXELS / ((double) width * height)));
        return new PixelSize(Math.max(1, (int) Math.floor(width * fit)), Math.max(1, (int) Math.floor(height * fit)),
                fit, scale);
    }

    public boolean isCapped() {
        return scale < asked;
    }

    /** What to tell the person exporting when the picture had to be drawn smaller than asked. */
    public Optional<String> warning() {
        if (!isCapped()) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "The map is too large for a PNG at %s×: it was drawn at %.0f%% "
                        + "(%d × %d px) to stay within %d px per side and %d megapixels. Export as svg for a sharp "
                        + "picture of a map this large.", trim(asked), 100 * scale, width, height, MAX_SIDE,
                MAX_PIXELS / 1_000_000));
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
