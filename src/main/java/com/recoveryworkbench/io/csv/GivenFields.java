package com.recoveryworkbench.io.csv;

import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceField;
import java.util.EnumSet;
import java.util.Set;

/**
 * The fields a row actually gave, which is what merging an inventory into a plan takes over. Kind and
 * tier are given when the header has their column (an empty cell there reads as application and
 * tier-2, as the format documents), so a list of names and dependencies merged into a plan does not
 * reset its kinds and tiers. Every other field is given when its cell said something: a name other
 * than the id, a duration, a yes/no, a protection, a text that is not empty.
 */
final class GivenFields {
    private GivenFields() {
    }

    static Set<ServiceField> of(Service service, CsvHeader header) {
        Set<ServiceField> fields = EnumSet.noneOf(ServiceField.class);
        addIf(fields, ServiceField.KIND, header.has(CsvColumn.KIND));
        addIf(fields, ServiceField.TIER, header.has(CsvColumn.TIER));
        addIf(fields, ServiceField.NAME, !service.name().equals(service.id()));
        addIf(fields, ServiceField.RESTORE_TIME, service.restoreTime() != null);
        addIf(fields, ServiceField.STATEFUL, service.stateful() != null);
        addIf(fields, ServiceField.PROTECTION, !service.protection().equals(DataProtection.NONE));
        addIf(fields, ServiceField.STRATEGY, service.strategy() != null);
        addIf(fields, ServiceField.RTO_TARGET, service.rtoTarget() != null);
        addIf(fields, ServiceField.RPO_TARGET, service.rpoTarget() != null);
        addIf(fields, ServiceField.OWNER, !service.owner().isEmpty());
        addIf(fields, ServiceField.REGION, !service.region().isEmpty());
        addIf(fields, ServiceField.STANDBY_REGION, !service.standbyRegion().isEmpty());
        addIf(fields, ServiceField.FAILOVER_TIME, service.failoverTime() != null);
        addIf(fields, ServiceField.NOTES, !service.notes().isEmpty());
        return fields;
    }

    private static void addIf(Set<ServiceField> fields, ServiceField field, boolean given) {
        if (given) {
            fields.add(field);
        }
    }
}
