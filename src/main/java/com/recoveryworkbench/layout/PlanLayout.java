package com.recoveryworkbench.layout;

/**
 * Automatic layout of a plan's cards. Implementations are thread-safe and pure: the same request
 * always gives the same result, and the plan is never changed (apply the result with
 * {@link LayoutResult#applyTo}).
 */
public interface PlanLayout {

    /**
     * Computes new positions for the services the request moves. May take a while for thousands of
     * services, so call it off the FX thread.
     */
    LayoutResult arrange(LayoutRequest request);
}
