package com.recoveryworkbench.io;

/**
 * From version 1 to 2, which added scenarios, {@code standbyRegion} and {@code failoverTime}, and gave
 * {@code strategy} a meaning in scenarios (ADR 0014). A version 1 file has none of the new fields and
 * its strategies change nothing in the one scenario it knows, everything lost: it reads as version 2
 * exactly as it is, so this step changes nothing but the version the chain sets after it.
 */
final class ScenariosMigration implements Migration {

    @Override
    public int from() {
        return 1;
    }

    @Override
    public JsonObject apply(JsonObject plan) {
        return plan;
    }
}
