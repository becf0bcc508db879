package com.recoveryworkbench.io.csv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The columns a CSV inventory may have; the header names them in any order and any case. */
enum CsvColumn {
    ID, NAME, KIND, TIER, RESTORE, DEPENDS_ON, SOFT_DEPENDS_ON, STATEFUL, PROTECTION, PROTECTION_INTERVAL,
    PROTECTION_TRANSFER, RTO_TARGET, RPO_TARGET, OWNER, REGION, STRATEGY, STANDBY_REGION, FAILOVER, NOTES;

    /** The name in a header ("depends_on"). */
    String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<CsvColumn> forHeader(String header) {
        String wanted = normalize(header);
        return Arrays.stream(values()).filter(c -> c.header().equals(wanted)).findFirst();
    }

    /**
     * How a header cell is compared: trimmed, lower case, and runs of spaces or dashes read as one
     * underscore, so a spreadsheet heading "RTO target" or "Depends-On" names its column too.
     */
    static String normalize(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    static String allHeaders() {
        return Arrays.stream(values()).map(CsvColumn::header).collect(Collectors.joining(", "));
    }
}
