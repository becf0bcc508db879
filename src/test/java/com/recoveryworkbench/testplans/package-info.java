/**
 * The plans tests are built from, in one place: {@link com.recoveryworkbench.testplans.PlanBuilder} (the
 * fluent builder for small hand-worked plans), {@link com.recoveryworkbench.testplans.TestPlans} (the named
 * examples, such as the checkout example, and the plan files on disk),
 * {@link com.recoveryworkbench.testplans.RandomPlanArbitraries} and
 * {@link com.recoveryworkbench.testplans.RandomScenarioArbitraries} (random plans for jqwik properties), and
 * {@link com.recoveryworkbench.testplans.RandomPlans} (seeded plans of a given size for benchmarks).
 * A test that needs another plan shape adds it here rather than a builder of its own.
 */
package com.recoveryworkbench.testplans;
