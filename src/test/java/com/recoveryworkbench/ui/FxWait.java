package com.recoveryworkbench.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one way the window tests wait for the FX thread: run something on it and wait until the events it
 * caused are handled ({@link #onFx}), or wait until a condition checked on it holds ({@link #waitUntil}).
 */
public final class FxWait {
    private FxWait() {
    }

    /** Runs {@code work} on the FX thread, waits until the events it caused are handled, returns its result. */
    public static <T> T onFx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get();
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    /** Runs {@code work} on the FX thread and waits until the events it caused are handled. */
    public static void onFx(Runnable work) throws Exception {
        WaitForAsyncUtils.asyncFx(work).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits (up to 20 s, for a busy CI machine) until {@code condition}, checked on the FX thread, holds. */
    public static void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }
}
