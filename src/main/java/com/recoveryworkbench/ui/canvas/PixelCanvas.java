package com.recoveryworkbench.ui.canvas;

import java.util.Arrays;

/**
 * Draws into an array of opaque ARGB pixels in plain Java: filled rectangles, anti-aliased thin lines
 * (Xiaolin Wu's algorithm, optionally dashed) and filled triangles, each blended over what is there
 * with an opacity. This is how the canvas draws thousands of plain arrows and the grid in a few
 * milliseconds: the JavaFX renderer strokes each line separately, at tens of microseconds a line.
 * Coordinates are device pixels; everything is clipped to the array and to the clip rectangle, which
 * lets a panned frame move the last frame's pixels ({@link #copyShifted}) and draw only the strips
 * that came into view. What the clip leaves of a line is drawn exactly as the whole line would be
 * there (its dashes to within rounding); the moved pixels match a frame drawn anew to within the
 * rounding of positions computed from another offset, which shows only where a line passes exactly
 * half-way between two pixels. Not thread-safe.
 */
final class PixelCanvas {
    /** The widest line drawn, in traces one pixel apart: wider ones would cost more than they show. */
    static final int MAX_TRACES = 5;
    /** 1, a half and the fraction's bits of a line's position in 32.32 fixed point. */
    private static final double ONE = 0x1p32;
    private static final long HALF = 1L << 31;
    private static final long FRACTION = 0xffffffffL;

    private int[] pixels = new int[0];
    private int width;
    private int height;
    private int clipLeft;
    private int clipTop;
    private int clipRight;
    private int clipBottom;

    /** Starts drawing on {@code target} ({@code width * height} pixels, row by row), filled with {@code rgb}. */
    void reset(int[] target, int newWidth, int newHeight, int rgb) {
        if (target.length < newWidth * newHeight) {
            throw new IllegalArgumentException("pixel array too small for " + newWidth + "x" + newHeight);
        }
        start(target, newWidth, newHeight);
        Arrays.fill(pixels, 0, width * height, 0xff000000 | rgb);
    }

    /**
     * Starts drawing on {@code target} holding the pixels of {@code source} (an array of the same size)
     * moved by ({@code dx}, {@code dy}); the strips they leave uncovered keep whatever {@code target} held.
     */
    void copyShifted(int[] source, int[] target, int newWidth, int newHeight, int dx, int dy) {
        if (source.length < newWidth * newHeight || target.length < newWidth * newHeight) {
            throw new IllegalArgumentException("pixel array too small for " + newWidth + "x" + newHeight);
        }
        start(target, newWidth, newHeight);
        int columns = width - Math.abs(dx);
        if (columns <= 0) {
            return;
        }
        int fromX = Math.max(0, -dx);
        int toX = Math.max(0, dx);
        for (int y = Math.max(0, dy); y < Math.min(height, height + dy); y++) {
            System.arraycopy(source, (y - dy) * width + fromX, target, y * width + toX, columns);
        }
    }

    private void start(int[] target, int newWidth, int newHeight) {
        pixels = target;
        width = newWidth;
        height = newHeight;
        clip(0, 0, width, height);
    }

    /** Limits drawing to the pixels x in [left, right), y in [top, bottom), within the array. */
    void clip(int left, int top, int right, int bottom) {
        clipLeft = Math.max(0, left);
        clipTop = Math.max(0, top);
        clipRight = Math.max(clipLeft, Math.min(width, right));
        clipBottom = Math.max(clipTop, Math.min(height, bottom));
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The pixel at (x, y) as 0xffRRGGBB. */
    int get(int x, int y) {
        return pixels[y * width + x];
    }

    void fillRect(double x, double y, double w, double h, int rgb, double alpha) {
        int x0 = Math.max(clipLeft, (int) Math.floor(x));
        int y0 = Math.max(clipTop, (int) Math.floor(y));
        int x1 = Math.min(clipRight, (int) Math.ceil(x + w));
        int y1 = Math.min(clipBottom, (int) Math.ceil(y + h));
        int a = coverage(alpha);
        if (x1 - x0 == 1 && a >= 256) {
            // A vertical grid line: one store a row, without a call per row.
            for (int index = y0 * width + x0; index < y1 * width; index += width) {
                pixels[index] = 0xff000000 | rgb;
            }
            return;
        }
        if (a >= 256) {
            for (int py = y0; py < y1; py++) {
                Arrays.fill(pixels, py * width + x0, py * width + Math.max(x0, x1), 0xff000000 | rgb);
            }
            return;
        }
        // A translucent fill as large as a lane covers mostly runs of one colour (the background, a block):
        // the last pixel's result is reused while the colour under it stays the same.
        int under = 0;
        int blended = blended(under, rgb, a);
        for (int py = y0; py < y1; py++) {
            int end = py * width + x1;
            for (int index = py * width + x0; index < end; index++) {
                int dst = pixels[index];
                if (dst != under) {
                    under = dst;
                    blended = blended(dst, rgb, a);
                }
                pixels[index] = blended;
            }
        }
    }

    /** The colour (0xRRGGBB) {@link #fillRect} gives a pixel of colour {@code under} when it fills {@code rgb} over it at {@code alpha}. */
    static int over(int under, int rgb, double alpha) {
        return blended(under, rgb, coverage(alpha)) & 0xffffff;
    }

    /**
     * Whether the rectangles {x0, y0, x1, y1} {@code a} and {@code b} (device pixels, as {@link #fillRect} gets
     * them) fill a pixel in common.
     */
    static boolean sharePixels(double[] a, double[] b) {
        // The ends as fillRect rounds them, from x and x + w.
        return Math.max(Math.floor(a[0]), Math.floor(b[0]))
                < Math.min(Math.ceil(a[0] + (a[2] - a[0])), Math.ceil(b[0] + (b[2] - b[0])))
                && Math.max(Math.floor(a[1]), Math.floor(b[1]))
                < Math.min(Math.ceil(a[1] + (a[3] - a[1])), Math.ceil(b[1] + (b[3] - b[1])));
    }

    /**
     * A line about {@code lineWidth} pixels wide (one trace below 2, else up to {@link #MAX_TRACES}
     * side by side), anti-aliased when {@code smooth}, else one pixel per step, which is about three
     * times faster. With {@code dashOn > 0} it is dashed, the pattern measured from (x0, y0), so dashes
     * stay put when the line is clipped.
     */
    void line(double x0, double y0, double x1, double y1, int rgb, double alpha, double lineWidth, double dashOn,
              double dashOff, boolean smooth) {
        if (lineWidth >= 2) {
            int traces = (int) Math.min(MAX_TRACES, Math.round(lineWidth));
            double spacing = (Math.min(lineWidth, MAX_TRACES) - 1) / (traces - 1);
            boolean steep = Math.abs(y1 - y0) > Math.abs(x1 - x0);
            for (int i = 0; i < traces; i++) {
                double offset = (i - (traces - 1) / 2.0) * spacing;
                double ox = steep ? offset : 0;
                double oy = steep ? 0 : offset;
                trace(x0 + ox, y0 + oy, x1 + ox, y1 + oy, rgb, alpha, dashOn, dashOff, smooth);
            }
        } else {
            trace(x0, y0, x1, y1, rgb, alpha, dashOn, dashOff, smooth);
        }
    }

    /** Xiaolin Wu's line when smooth (two pixels a step, weighted by distance), else the nearest pixel a step. */
    private void trace(double x0, double y0, double x1, double y1, int rgb, double alpha, double dashOn,
                       double dashOff, boolean smooth) {
        boolean steep = Math.abs(y1 - y0) > Math.abs(x1 - x0);
        // Work along the major axis: u is the major coordinate, v the minor one.
        double u0 = steep ? y0 : x0;
        double v0 = steep ? x0 : y0;
        double du = (steep ? y1 : x1) - u0;
        if (du == 0) {
            return;
        }
        double v1 = steep ? x1 : y1;
        double gradient = (v1 - v0) / du;
        int uMin = steep ? clipTop : clipLeft;
        int uMax = steep ? clipBottom : clipRight;
        int vMin = steep ? clipLeft : clipTop;
        int vMax = steep ? clipRight : clipBottom;
        // Only the stretch where the line meets the clip: within its ends and vMin <= v + 1 <= vMax.
        double from = Math.min(u0, u0 + du);
        double to = Math.max(u0, u0 + du);
        if (gradient != 0) {
            double enter = u0 + (vMin - 1 - v0) / gradient;
            double leave = u0 + (vMax - v0) / gradient;
            from = Math.max(from, Math.min(enter, leave));
            to = Math.min(to, Math.max(enter, leave));
        } else if (v0 < vMin - 1 || v0 >= vMax) {
            return;
        }
        int uStart = (int) Math.max(uMin, Math.ceil(from - 0.5));
        int uEnd = (int) Math.min(uMax - 1, Math.floor(to + 0.5));
        if (uStart > uEnd) {
            return;
        }
        int a = coverage(alpha);
        int uStride = steep ? width : 1;
        int vStride = steep ? 1 : width;
        // The dash pattern runs from the line's start: steps go up u, which is forwards along the line when
        // du > 0 and backwards otherwise, so the distance a step covers along it is signed.
        boolean dashed = dashOn > 0;
        double period = dashOn + dashOff;
        double along = Math.sqrt(1 + gradient * gradient) * Math.signum(du);
        double phase = dashed ? ((uStart - u0) * along) % period : 0;
        if (phase < 0) {
            phase += period;
        }
        // v in fixed point, 32 bits after the point, as a function of u alone (v = (start + slope * u) / 2^32):
        // stepping adds exactly, so a pixel comes out the same whichever step the clip starts at.
        // Truncating casts, cheaper than Math.round: any rounding will do as long as it depends on the line alone.
        long slope = (long) (gradient * ONE);
        long v = (long) ((v0 - gradient * u0) * ONE) + slope * uStart;
        for (int u = uStart; u <= uEnd; u++, v += slope) {
            if (dashed) {
                boolean gap = phase >= dashOn;
                phase += along;
                if (phase >= period) {
                    phase -= period;
                } else if (phase < 0) {
                    phase += period;
                }
                if (gap) {
                    continue;
                }
            }
            if (!smooth) {
                int vn = (int) ((v + HALF) >> 32);
                if (vn >= vMin && vn < vMax) {
                    int index = u * uStride + vn * vStride;
                    if (a >= 256) {
                        pixels[index] = 0xff000000 | rgb;
                    } else {
                        blend(index, rgb, a);
                    }
                }
                continue;
            }
            int vi = (int) (v >> 32);
            int far = (int) (((v & FRACTION) * a) >>> 32);
            int base = u * uStride + vi * vStride;
            if (vi >= vMin && vi < vMax) {
                blend(base, rgb, a - far);
            }
            if (vi + 1 >= vMin && vi + 1 < vMax && far > 0) {
                blend(base + vStride, rgb, far);
            }
        }
    }

    /** Fills the triangle, taking each pixel whose centre lies inside it. */
    void triangle(double ax, double ay, double bx, double by, double cx, double cy, int rgb, double alpha) {
        int x0 = Math.max(clipLeft, (int) Math.floor(Math.min(ax, Math.min(bx, cx))));
        int y0 = Math.max(clipTop, (int) Math.floor(Math.min(ay, Math.min(by, cy))));
        int x1 = Math.min(clipRight - 1, (int) Math.ceil(Math.max(ax, Math.max(bx, cx))));
        int y1 = Math.min(clipBottom - 1, (int) Math.ceil(Math.max(ay, Math.max(by, cy))));
        double area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        if (area == 0) {
            return;
        }
        double sign = Math.signum(area);
        int a = coverage(alpha);
        for (int py = y0; py <= y1; py++) {
            double y = py + 0.5;
            for (int px = x0; px <= x1; px++) {
                double x = px + 0.5;
                if (sign * edge(ax, ay, bx, by, x, y) >= 0 && sign * edge(bx, by, cx, cy, x, y) >= 0
                        && sign * edge(cx, cy, ax, ay, x, y) >= 0) {
                    blend(py * width + px, rgb, a);
                }
            }
        }
    }

    private static double edge(double ax, double ay, double bx, double by, double x, double y) {
        return (bx - ax) * (y - ay) - (by - ay) * (x - ax);
    }

    /** Opacity 0..1 as a weight 0..256. */
    private static int coverage(double alpha) {
        return (int) Math.round(Math.max(0, Math.min(1, alpha)) * 256);
    }

    private void blend(int index, int rgb, int a) {
        pixels[index] = blended(pixels[index], rgb, a);
    }

    /** {@code rgb} at weight {@code a} (0..256) over the pixel {@code dst}, as 0xffRRGGBB. */
    private static int blended(int dst, int rgb, int a) {
        int keep = 256 - a;
        int r = (((rgb >> 16) & 0xff) * a + ((dst >> 16) & 0xff) * keep) >> 8;
        int g = (((rgb >> 8) & 0xff) * a + ((dst >> 8) & 0xff) * keep) >> 8;
        int b = ((rgb & 0xff) * a + (dst & 0xff) * keep) >> 8;
        return 0xff000000 | (r << 16) | (g << 8) | b;
    }
}
