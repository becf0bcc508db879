package com.recoveryworkbench.ui.timeline;

import com.recoveryworkbench.analysis.Verdict;
import java.time.Duration;

/**
 * One row of the restore timeline: a group heading ("Wave 2", "Owner: payments"), a scheduled service
 * with its bar from start to up, or a service without a bar (blocked by a cycle, or missing data).
 *
 * @param id    the service id; {@code null} for a heading
 * @param label the heading, or the service name
 * @param note  why an unscheduled service has no bar; empty otherwise
 */
public record TimelineRow(Kind kind, String id, String label, Duration start, Duration up, Verdict compliance,
                          String note) {

    /** What a row shows. */
    public enum Kind { HEADING, BAR, UNSCHEDULED }

    static TimelineRow heading(String label) {
        return new TimelineRow(Kind.HEADING, null, label, null, null, null, "");
    }

    static TimelineRow bar(String id, String name, Duration start, Duration up, Verdict compliance) {
        return new TimelineRow(Kind.BAR, id, name, start, up, compliance, "");
    }

    static TimelineRow unscheduled(String id, String name, Verdict compliance, String note) {
        return new TimelineRow(Kind.UNSCHEDULED, id, name, null, null, compliance, note);
    }
}
