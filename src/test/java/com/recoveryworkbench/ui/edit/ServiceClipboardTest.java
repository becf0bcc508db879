package com.recoveryworkbench.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceClipboardTest {
    private final Plan plan = Plan.empty("Shop")
            .withServices(List.of(
                    Service.builder("web", ServiceKind.APPLICATION).name("Web").position(100, 50)
                            .restoreTime(Duration.ofMinutes(5)).build(),
                    Service.builder("db", ServiceKind.DATABASE).name("DB").position(100, 200).build(),
                    Service.builder("dns", ServiceKind.NETWORK).name("DNS").position(300, 200).build()))
            .withDependencies(List.of(Dependency.hard("web", "db"), Dependency.soft("web", "dns")));

    @Test
    void copyKeepsOnlyTheDependenciesAmongTheCopiedServices() {
        ServiceClipboard copied = ServiceClipboard.copy(plan, List.of("web", "db"));

        assertEquals(List.of("db", "web"), copied.services().stream().map(Service::id).toList());
        assertEquals(List.of(Dependency.hard("web", "db")), copied.dependencies());
    }

    @Test
    void pastingBesideTheOriginalsGivesFreeIdsOffsetPositionsAndCopiedDependencies() {
        ServiceClipboard.Pasted pasted = ServiceClipboard.copy(plan, List.of("web", "db")).pasteInto(plan);

        assertEquals(List.of("db-2", "web-2"), pasted.ids());
        Service web2 = pasted.plan().service("web-2").orElseThrow();
        assertEquals(new Position(140, 90), web2.position());
        assertEquals("Web copy", web2.name());
        assertEquals(Duration.ofMinutes(5), web2.restoreTime());
        assertEquals(Dependency.hard("web-2", "db-2"), pasted.plan().dependency("web-2", "db-2").orElseThrow());
        // The originals and their dependencies are untouched: 3 + 2 services, 2 + 1 dependencies.
        assertEquals(5, pasted.plan().serviceCount());
        assertEquals(3, pasted.plan().dependencies().size());
    }

    @Test
    void aPastedCopyOfAPinnedServiceIsFreeButKeepsItsForcedLayer() {
        Service pinned = plan.service("web").orElseThrow().toBuilder().pinned(true).layer(2).build();
        Plan withPin = plan.withService(pinned);

        ServiceClipboard.Pasted pasted = ServiceClipboard.copy(withPin, List.of("web")).pasteInto(withPin);

        Service copy = pasted.plan().service(pasted.ids().get(0)).orElseThrow();
        assertFalse(copy.pinned());
        assertEquals(2, copy.layer());
        assertTrue(pasted.plan().service("web").orElseThrow().pinned());
    }

    @Test
    void pastingTwiceCountsOnToTheNextFreeId() {
        ServiceClipboard copied = ServiceClipboard.copy(plan, List.of("web"));
        Plan once = copied.pasteInto(plan).plan();

        assertEquals(List.of("web-3"), copied.pasteInto(once).ids());
    }

    @Test
    void pastingAfterTheOriginalsWereRemovedKeepsTheirIdsAndNames() {
        ServiceClipboard copied = ServiceClipboard.copy(plan, List.of("db"));
        Plan cut = plan.withoutServices(List.of("db"));

        ServiceClipboard.Pasted pasted = copied.pasteInto(cut);

        assertEquals(List.of("db"), pasted.ids());
        assertEquals("DB", pasted.plan().service("db").orElseThrow().name());
    }

    @Test
    void copyingNothingGivesAnEmptyClipboardThatPastesNothing() {
        ServiceClipboard copied = ServiceClipboard.copy(plan, List.of("no-such-service"));

        assertTrue(copied.isEmpty());
        assertEquals(plan, copied.pasteInto(plan).plan());
    }
}
