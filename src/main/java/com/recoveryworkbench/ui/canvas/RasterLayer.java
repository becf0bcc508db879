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
 * pulse is never overwritten. A layer can also start as the last one moved by whole pixels (a pan), or
 * be the last one again, which costs the renderer no upload. FX thread only.
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
        Slot slot = slotToDraw(width, height);
        canvas.reset(slot.buffer().array(), (int) slot.image().getWidth(), (int) slot.image().getHeight(),
                rgb(background));
        return canvas;
    }

    /**
     * Starts a layer holding the last finished one moved by ({@code dx}, {@code dy}) device pixels; the
     * strips this uncovers are left to the caller to draw. {@code null} when there is no last layer of
     * this size.
     */
    PixelCanvas beginShifted(int width, int height, int dx, int dy) {
        Slot last = slots[1 - next];
        if (!fits(last, width, height)) {
            return null;
        }
        Slot slot = slotToDraw(width, height);
        canvas.copyShifted(last.buffer().array(), slot.buffer().array(), width, height, dx, dy);
        return canvas;
    }

    /** The last finished layer again, unchanged; {@code null} when there is none of this size. */
    Image last(int width, int height) {
        Slot last = slots[1 - next];
        return fits(last, width, height) ? last.image() : null;
    }

    private Slot slotToDraw(int width, int height) {
        Slot slot = slots[next];
        if (!fits(slot, Math.max(1, width), Math.max(1, height))) {
            slot = Slot.of(Math.max(1, width), Math.max(1, height));
            slots[next] = slot;
        }
        return slot;
    }

    private static boolean fits(Slot slot, int width, int height) {
        return slot != null && (int) slot.image().getWidth() == width && (int) slot.image().getHeight() == height;
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
