package com.recoveryworkbench.cli;

import java.time.LocalDate;

/**
 * The date a command judges drill evidence as of: {@code --as-of} when given, else today. The only
 * place below the window that reads the clock, so a test that passes {@code --as-of} never depends on it.
 */
final class AsOf {
    private AsOf() {
    }

    static LocalDate orToday(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now();
    }
}
