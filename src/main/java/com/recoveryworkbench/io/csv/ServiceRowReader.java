package com.recoveryworkbench.io.csv;

import static com.recoveryworkbench.io.csv.CsvColumn.DEPENDS_ON;
import static com.recoveryworkbench.io.csv.CsvColumn.FAILOVER;
import static com.recoveryworkbench.io.csv.CsvColumn.ID;
import static com.recoveryworkbench.io.csv.CsvColumn.KIND;
import static com.recoveryworkbench.io.csv.CsvColumn.NAME;
import static com.recoveryworkbench.io.csv.CsvColumn.NOTES;
import static com.recoveryworkbench.io.csv.CsvColumn.OWNER;
import static com.recoveryworkbench.io.csv.CsvColumn.REGION;
import static com.recoveryworkbench.io.csv.CsvColumn.RESTORE;
import static com.recoveryworkbench.io.csv.CsvColumn.RPO_TARGET;
import static com.recoveryworkbench.io.csv.CsvColumn.RTO_TARGET;
import static com.recoveryworkbench.io.csv.CsvColumn.SOFT_DEPENDS_ON;
import static com.recoveryworkbench.io.csv.CsvColumn.STANDBY_REGION;
import static com.recoveryworkbench.io.csv.CsvColumn.STATEFUL;
import static com.recoveryworkbench.io.csv.CsvColumn.STRATEGY;
import static com.recoveryworkbench.io.csv.CsvColumn.TIER;

import com.recoveryworkbench.model.Ids;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one data row as a service. Every cell is checked even after a bad one, so the user sees all
 * problems of the row at once. Dependencies are only read here; whether they name real rows is
 * {@link DependencyChecks}' job.
 */
final class ServiceRowReader {
    private static final String DEFAULT_TIER = "tier-2";

    /** {@code tier-1}, {@code Tier 1}, {@code tier1} and {@code 1} all name the default tier-1. */
    private static final Pattern DEFAULT_TIERS = Pattern.compile("(?:tier[\\s_-]*)?([0-3])");

    private ServiceRowReader() {
    }

    /** The service of the row; empty when its id is missing or invalid (reported). */
    static Optional<ServiceRow> read(CsvRow row) {
        row.checkWidth();
        boolean validId = checkId(row);
        Service.Builder service = Service.builder(row.value(ID),
                        row.code(KIND, ServiceKind::fromCode).orElse(ServiceKind.APPLICATION))
                .name(row.value(NAME))
                .tier(tier(row))
                .restoreTime(row.duration(RESTORE))
                .stateful(row.bool(STATEFUL))
                .protection(ProtectionCells.read(row))
                .strategy(row.code(STRATEGY, RecoveryStrategy::fromCode).orElse(null))
                .rtoTarget(row.duration(RTO_TARGET))
                .rpoTarget(row.duration(RPO_TARGET))
                .owner(row.value(OWNER))
                .region(row.value(REGION))
                .standbyRegion(row.value(STANDBY_REGION))
                .failoverTime(row.duration(FAILOVER))
                // Notes are free text: line breaks and indentation are the author's.
                .notes(row.raw(NOTES));
        Set<String> hard = row.ids(DEPENDS_ON);
        Set<String> soft = row.ids(SOFT_DEPENDS_ON);
        return validId ? Optional.of(new ServiceRow(row, service.build(), hard, soft)) : Optional.empty();
    }

    private static boolean checkId(CsvRow row) {
        String id = row.value(ID);
        if (id.isEmpty()) {
            row.error(ID, "every row needs an id");
        } else if (!Ids.isValid(id)) {
            row.error(ID, "'" + id + "' is not a valid id: " + CsvRow.ID_RULE);
        }
        return Ids.isValid(id);
    }

    private static String tier(CsvRow row) {
        String text = row.value(TIER);
        Matcher shorthand = DEFAULT_TIERS.matcher(text.toLowerCase(Locale.ROOT));
        if (text.isEmpty()) {
            return DEFAULT_TIER;
        } else if (shorthand.matches()) {
            return "tier-" + shorthand.group(1);
        } else if (Ids.isValid(text)) {
            row.warning(TIER, "tier '" + text + "' is not one of the default tiers tier-0 … tier-3; it is kept,"
                    + " and the analysis reports it as unknown-tier until the plan defines it");
            return text;
        }
        row.error(TIER, "'" + text + "' is not a tier: write tier-0 … tier-3 (or 0 … 3), or the id of a tier"
                + " you will add to the plan (" + CsvRow.ID_RULE + ")");
        return DEFAULT_TIER;
    }
}
