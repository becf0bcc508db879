package com.recoveryworkbench.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The field names {@link JsonReport} writes once per service or finding, encoded once: a report of
 * 10,000 services writes each of them 10,000 to 20,000 times.
 */
final class ReportFields {
    static final SerializableString ID = new SerializedString("id");
    static final SerializableString NAME = new SerializedString("name");
    static final SerializableString TIER = new SerializedString("tier");
    static final SerializableString STATE = new SerializedString("state");
    static final SerializableString VERDICT = new SerializedString("verdict");
    static final SerializableString WAVE = new SerializedString("wave");
    static final SerializableString START_SECONDS = new SerializedString("startSeconds");
    static final SerializableString UP_SECONDS = new SerializedString("upSeconds");
    static final SerializableString RTO_TARGET_SECONDS = new SerializedString("rtoTargetSeconds");
    static final SerializableString RTO_MET = new SerializedString("rtoMet");
    static final SerializableString RPO_SECONDS = new SerializedString("rpoSeconds");
    static final SerializableString RPO_TARGET_SECONDS = new SerializedString("rpoTargetSeconds");
    static final SerializableString RPO_MET = new SerializedString("rpoMet");
    static final SerializableString SLACK_SECONDS = new SerializedString("slackSeconds");
    static final SerializableString CRITICAL_PATH = new SerializedString("criticalPath");
    static final SerializableString CRITICAL_PATH_LENGTH = new SerializedString("criticalPathLength");
    static final SerializableString SEVERITY = new SerializedString("severity");
    static final SerializableString RULE = new SerializedString("rule");
    static final SerializableString SERVICES = new SerializedString("services");
    static final SerializableString SERVICE_COUNT = new SerializedString("serviceCount");
    static final SerializableString MESSAGE = new SerializedString("message");

    private ReportFields() {
    }
}
