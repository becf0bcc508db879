package com.recoveryworkbench.io.csv;

import java.util.Locale;

/** The columns a CSV inventory may have; the header names them in any order and any case. */
enum CsvColumn implements SheetColumn {
    ID, NAME, KIND, TIER, RESTORE, DEPENDS_ON, SOFT_DEPENDS_ON, STATEFUL, PROTECTION, PROTECTION_INTERVAL,
    PROTECTION_TRANSFER, RTO_TARGET, RPO_TARGET, OWNER, REGION, STRATEGY, STANDBY_REGION, FAILOVER, NOTES;

    /**
     * How a header cell is compared: trimmed, lower case, and runs of spaces or dashes read as one
     * underscore, so a spreadsheet heading "RTO target" or "Depends-On" names its column too.
     */
    static String normalize(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
