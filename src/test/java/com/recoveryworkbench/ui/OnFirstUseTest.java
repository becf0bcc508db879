package com.recoveryworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OnFirstUseTest {
    @Test
    void makesNothingUntilAskedThenTheSameOneEveryTime() {
        AtomicInteger made = new AtomicInteger();
        OnFirstUse<StringBuilder> panel = new OnFirstUse<>(() -> {
            made.incrementAndGet();
            return new StringBuilder("drills");
        });
        assertEquals(0, made.get());

        StringBuilder first = panel.get();
        StringBuilder second = panel.get();

        assertSame(first, second);
        assertEquals(1, made.get());
    }
}
