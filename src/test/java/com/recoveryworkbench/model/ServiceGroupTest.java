package com.recoveryworkbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The named group of a service: optional, stripped like a region, and what {@link GroupKind#GROUP} groups by. */
class ServiceGroupTest {
    @Test
    void aServiceIsInNoGroupUntilPutInOneAndTheNameIsStripped() {
        Service plain = Service.builder("web", ServiceKind.APPLICATION).region("eu-west").owner("Shop").build();
        assertEquals("", plain.group());

        Service grouped = plain.toBuilder().group("  Payments ").build();
        assertEquals("Payments", grouped.group());
        assertEquals("", grouped.toBuilder().group(null).build().group(), "null means no group");
        assertEquals("Payments", grouped.withPosition(new Position(40, 60)).group(), "every copy keeps the group");
    }

    @Test
    void eachKindOfGroupReadsItsOwnField() {
        Service s = Service.builder("web", ServiceKind.APPLICATION).region("eu-west").owner("Shop").group("Payments")
                .build();

        assertEquals("eu-west", GroupKind.REGION.groupOf(s));
        assertEquals("Shop", GroupKind.OWNER.groupOf(s));
        assertEquals("Payments", GroupKind.GROUP.groupOf(s));
        assertEquals("groups", GroupKind.GROUP.plural());
    }
}
