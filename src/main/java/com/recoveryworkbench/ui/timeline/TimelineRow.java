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
 * @param otherStart where the service's bar on the other basis starts (proven beside planned, or planned
 *                   beside proven), for a service with a measured drill time; {@code null} otherwise
 * @param otherUp    where that bar ends; {@code null} when there is none
 */
public record TimelineRow(Kind kind, String id, String label, Duration start, Duration up, Verdict compliance,
                          String note, Duration otherStart, Duration otherUp) {

    /** What a row shows. */
    public enum Kind { HEADING, BAR, UNSCHEDULED }

    static TimelineRow heading(String label) {
        return new TimelineRow(Kind.HEADING, null, label, null, null, null, "", null, null);
    }

    static TimelineRow bar(String id, String name, Duration start, Duration up, Verdict compliance) {
        return new TimelineRow(Kind.BAR, id, name, start, up, compliance, "", null, null);
    }

    /** This bar with the service's bar on the other basis beside it. */
    TimelineRow withOther(Duration start, Duration up) {
        return new TimelineRow(kind, id, label, this.start, this.up, compliance, note, start, up);
    }

    /** Whether the row has a bar on the other basis too. */
    public boolean hasOther() {
        return otherStart != null && otherUp != null;
    }

    static TimelineRow unscheduled(String id, String name, Verdict compliance, String note) {
        return new TimelineRow(Kind.UNSCHEDULED, id, name, null, null, compliance, note, null, null);
    }
}
