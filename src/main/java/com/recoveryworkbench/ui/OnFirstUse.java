package com.recoveryworkbench.ui;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A panel made the first time something asks for it, then the same one ever after: for views that
 * more than one thing may ask for first (the Drills tab when selected, or an import showing the drill
 * it added). FX thread only, like the views it makes.
 */
final class OnFirstUse<T> implements Supplier<T> {
    private Supplier<? extends T> make;
    private T made;

    OnFirstUse(Supplier<? extends T> make) {
        this.make = Objects.requireNonNull(make, "make");
    }

    @Override
    public T get() {
        if (made == null) {
            made = Objects.requireNonNull(make.get(), "made");
            make = null;
        }
        return made;
    }
}
