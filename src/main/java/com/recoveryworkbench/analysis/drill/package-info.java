/**
 * What restore drills proved: {@link com.recoveryworkbench.analysis.drill.ProvenAnalyzer} replays each
 * service's latest measured restore and failover times through the same recovery analysis as the
 * plan's claims (a drill timed a failover where its scenario fails the service over:
 * {@link com.recoveryworkbench.analysis.drill.MeasuredAction}), and
 * {@link com.recoveryworkbench.analysis.drill.DrillFindings} reports optimistic plans, failures, missing,
 * overdue and stale evidence. Everything that depends on today takes an explicit date; nothing here
 * reads the clock. Pure and deterministic like the rest of the analysis.
 */
package com.recoveryworkbench.analysis.drill;
