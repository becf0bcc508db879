package com.recoveryworkbench.ui.canvas;

import java.nio.IntBuffer;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The bottom layer of a frame as one image: {@link PixelCanvas} draws into the int array behind a
 * {@link PixelBuffer}, so handing the result to the canvas is a single image draw with no pixel
 * conversion. Two images take turns, so the one the renderer may still be reading from the last
 * pulse is never overwritten. FX thread only.
 */
final class RasterLayer {
    private record Slot(IntBuffer buffer, PixelBuffer<IntBuffer> pixels, WritableImage image) {
        static Slot of(int width, int height) {
            IntBuffer buffer = IntBuffer.allocate(width * height);
            PixelBuffer<IntBuffer> pixels = new PixelBuffer<>(width, height, buffer,
                    PixelFormat.getIntArgbPreInstance());
            return new Slot(buffer, pixels, new WritableImage(pixels));
        }
    }

    private final Slot[] slots = new Slot[2];
    private final PixelCanvas canvas = new PixelCanvas();
    private int next;

    /** Starts a layer of {@code width} x {@code height} device pixels filled with {@code background}. */
    PixelCanvas begin(int width, int height, Color background) {
        Slot slot = slots[next];
        if (slot == null || (int) slot.image().getWidth() != width || (int) slot.image().getHeight() != height) {
            slot = Slot.of(Math.max(1, width), Math.max(1, height));
            slots[next] = slot;
        }
        canvas.reset(slot.buffer().array(), (int) slot.image().getWidth(), (int) slot.image().getHeight(),
                rgb(background));
        return canvas;
    }

    /** The finished layer, to be drawn once; the next {@link #begin} draws into the other image. */
    Image finish() {
        Slot slot = slots[next];
        slot.pixels().updateBuffer(b -> null);
        next = 1 - next;
        return slot.image();
    }

    /** The colour as 0xRRGGBB; its opacity is passed separately as alpha. */
    static int rgb(Color c) {
        return ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }
}
