/**
 * Uncertain restore times: a seeded Monte Carlo over the services' restore ranges (PERT), re-running the
 * recovery analysis with drawn times and summing up each service's up times as P50, P90 and the chance
 * of meeting its RTO target. No JavaFX; the same plan, scenario, number of runs and seed always give the
 * same figures, whatever the number of threads.
 */
package com.recoveryworkbench.analysis.uncertainty;
