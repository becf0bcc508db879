package com.recoveryworkbench.ui.canvas;

import java.util.Arrays;

/**
 * Draws into an array of opaque ARGB pixels in plain Java: filled rectangles, anti-aliased thin lines
 * (Xiaolin Wu's algorithm, optionally dashed) and filled triangles, each blended over what is there
 * with an opacity. This is how the canvas draws thousands of plain arrows and the grid in a few
 * milliseconds: the JavaFX renderer strokes each line separately, at tens of microseconds a line.
 * Coordinates are device pixels; everything is clipped to the array. Not thread-safe.
 */
final class PixelCanvas {
    /** The widest line drawn, in traces one pixel apart: wider ones would cost more than they show. */
    static final int MAX_TRACES = 5;

    private int[] pixels = new int[0];
    private int width;
    private int height;

    /** Starts drawing on {@code target} ({@code width * height} pixels, row by row), filled with {@code rgb}. */
    void reset(int[] target, int newWidth, int newHeight, int rgb) {
        if (target.length < newWidth * newHeight) {
            throw new IllegalArgumentException("pixel array too small for " + newWidth + "x" + newHeight);
        }
        pixels = target;
        width = newWidth;
        height = newHeight;
        Arrays.fill(pixels, 0, width * height, 0xff000000 | rgb);
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
        int x0 = Math.max(0, (int) Math.floor(x));
        int y0 = Math.max(0, (int) Math.floor(y));
        int x1 = Math.min(width, (int) Math.ceil(x + w));
        int y1 = Math.min(height, (int) Math.ceil(y + h));
        int a = coverage(alpha);
        for (int py = y0; py < y1; py++) {
            int row = py * width;
            if (a >= 256) {
                Arrays.fill(pixels, row + x0, row + Math.max(x0, x1), 0xff000000 | rgb);
            } else {
                for (int px = x0; px < x1; px++) {
                    blend(row + px, rgb, a);
                }
            }
        }
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
        int uSize = steep ? height : width;
        int vSize = steep ? width : height;
        // Only the stretch where the line is on the array: within its ends and 0 <= v + 1 <= vSize.
        double from = Math.min(u0, u0 + du);
        double to = Math.max(u0, u0 + du);
        if (gradient != 0) {
            double enter = u0 + (-1 - v0) / gradient;
            double leave = u0 + (vSize - v0) / gradient;
            from = Math.max(from, Math.min(enter, leave));
            to = Math.min(to, Math.max(enter, leave));
        } else if (v0 < -1 || v0 >= vSize) {
            return;
        }
        int uStart = (int) Math.max(0, Math.ceil(from - 0.5));
        int uEnd = (int) Math.min(uSize - 1, Math.floor(to + 0.5));
        if (uStart > uEnd) {
            return;
        }
        double stepLength = Math.sqrt(1 + gradient * gradient);
        double period = dashOn + dashOff;
        double phase = dashOn > 0 ? (Math.abs(uStart - u0) * stepLength) % period : 0;
        int a = coverage(alpha);
        int uStride = steep ? width : 1;
        int vStride = steep ? 1 : width;
        double v = v0 + gradient * (uStart - u0);
        for (int u = uStart; u <= uEnd; u++, v += gradient) {
            if (dashOn > 0) {
                boolean gap = phase >= dashOn;
                phase += stepLength;
                if (phase >= period) {
                    phase -= period;
                }
                if (gap) {
                    continue;
                }
            }
            if (!smooth) {
                int vn = (int) (v + 1.5) - 1;
                if (vn >= 0 && vn < vSize) {
                    int index = u * uStride + vn * vStride;
                    if (a >= 256) {
                        pixels[index] = 0xff000000 | rgb;
                    } else {
                        blend(index, rgb, a);
                    }
                }
                continue;
            }
            // v >= -1 here, so truncating v + 1 floors it.
            int vi = (int) (v + 1) - 1;
            int far = (int) ((v - vi) * a);
            int base = u * uStride + vi * vStride;
            if (vi >= 0 && vi < vSize) {
                blend(base, rgb, a - far);
            }
            if (vi + 1 >= 0 && vi + 1 < vSize && far > 0) {
                blend(base + vStride, rgb, far);
            }
        }
    }

    /** Fills the triangle, taking each pixel whose centre lies inside it. */
    void triangle(double ax, double ay, double bx, double by, double cx, double cy, int rgb, double alpha) {
        int x0 = Math.max(0, (int) Math.floor(Math.min(ax, Math.min(bx, cx))));
        int y0 = Math.max(0, (int) Math.floor(Math.min(ay, Math.min(by, cy))));
        int x1 = Math.min(width - 1, (int) Math.ceil(Math.max(ax, Math.max(bx, cx))));
        int y1 = Math.min(height - 1, (int) Math.ceil(Math.max(ay, Math.max(by, cy))));
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
        int dst = pixels[index];
        int keep = 256 - a;
        int r = (((rgb >> 16) & 0xff) * a + ((dst >> 16) & 0xff) * keep) >> 8;
        int g = (((rgb >> 8) & 0xff) * a + ((dst >> 8) & 0xff) * keep) >> 8;
        int b = ((rgb & 0xff) * a + (dst & 0xff) * keep) >> 8;
        pixels[index] = 0xff000000 | (r << 16) | (g << 8) | b;
    }
}
