package com.recoveryworkbench.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.DependencyType;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.model.TierPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanEditsTest {
    private static Service service(String id, String name, double x, double y) {
        return Service.builder(id, ServiceKind.APPLICATION).name(name).position(x, y).build();
    }

    private final Plan plan = Plan.empty("Shop").withServices(List.of(
            service("checkout", "Checkout", 0, 0),
            service("auth", "Auth", 300, 0),
            service("db", "Legacy DB", 600, 0)))
            .withDependency(Dependency.hard("checkout", "auth"))
            .withDependency(Dependency.hard("auth", "db"));

    private Position positionOf(Plan p, String id) {
        return p.service(id).orElseThrow().position();
    }

    @Test
    void addedServiceGetsTheKindAsIdAndNameInTier2AtTheGivenPosition() {
        PlanEdits.AddedService added = PlanEdits.addService(plan, ServiceKind.DATABASE, new Position(40, 60));

        Service s = added.plan().service(added.id()).orElseThrow();
        assertEquals("database", s.id());
        assertEquals("Database", s.name());
        assertEquals(ServiceKind.DATABASE, s.kind());
        assertEquals("tier-2", s.tier());
        assertEquals(new Position(40, 60), s.position());
    }

    @Test
    void aSecondServiceOfTheSameKindGetsANumberedIdAndName() {
        Plan once = PlanEdits.addService(plan, ServiceKind.DATABASE, Position.ORIGIN).plan();
        PlanEdits.AddedService twice = PlanEdits.addService(once, ServiceKind.DATABASE, Position.ORIGIN);

        assertEquals("database-2", twice.id());
        assertEquals("Database 2", twice.plan().service("database-2").orElseThrow().name());
    }

    @Test
    void withoutATier2TheNewServiceGoesToTheLeastCriticalTier() {
        Plan custom = plan.withTiers(List.of(
                new TierPolicy("gold", "Gold", Duration.ofMinutes(15), Duration.ZERO, null, "#ffd700"),
                new TierPolicy("bronze", "Bronze", Duration.ofHours(8), Duration.ofHours(4), null, "#cd7f32")));

        PlanEdits.AddedService added = PlanEdits.addService(custom, ServiceKind.CACHE, Position.ORIGIN);

        assertEquals("bronze", added.plan().service(added.id()).orElseThrow().tier());
    }

    @Test
    void movingShiftsOnlyTheGivenServices() {
        Plan moved = PlanEdits.moveServices(plan, Set.of("checkout", "auth"), 15, -7, false);

        assertEquals(new Position(15, -7), positionOf(moved, "checkout"));
        assertEquals(new Position(315, -7), positionOf(moved, "auth"));
        assertEquals(new Position(600, 0), positionOf(moved, "db"));
    }

    @Test
    void movingWithSnapPutsEachCardOnTheNearestGridPoint() {
        // (0,0) + (15,-7) = (15,-7) -> nearest multiples of 20: (20, 0); (300,0) + (15,-7) -> (320, 0).
        Plan moved = PlanEdits.moveServices(plan, List.of("checkout", "auth"), 15, -7, true);

        assertEquals(new Position(20, 0), positionOf(moved, "checkout"));
        assertEquals(new Position(320, 0), positionOf(moved, "auth"));
    }

    @Test
    void movingAnUnknownServiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PlanEdits.moveServices(plan, List.of("nope"), 1, 1, false));
    }

    @Test
    void deletingAServiceRemovesItsDependenciesBothWays() {
        Plan after = PlanEdits.deleteServices(plan, List.of("auth"));

        assertFalse(after.hasService("auth"));
        assertEquals(List.of(), after.dependencies());
        assertEquals(2, after.serviceCount());
    }

    @Test
    void deletingNothingOrAnUnknownServiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PlanEdits.deleteServices(plan, List.of()));
        assertThrows(IllegalArgumentException.class, () -> PlanEdits.deleteServices(plan, List.of("ghost")));
    }

    @Test
    void connectingAddsADependencyOfTheGivenType() {
        Plan after = PlanEdits.connect(plan, "checkout", "db", DependencyType.SOFT);

        assertEquals(Dependency.soft("checkout", "db"), after.dependency("checkout", "db").orElseThrow());
    }

    @Test
    void aServiceCannotDependOnItself() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlanEdits.connect(plan, "auth", "auth", DependencyType.HARD));
        assertEquals("Auth cannot depend on itself.", e.getMessage());
    }

    @Test
    void aSecondDependencyBetweenTheSamePairIsRefusedWhateverItsType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlanEdits.connect(plan, "checkout", "auth", DependencyType.SOFT));
        assertEquals("Checkout already depends on Auth.", e.getMessage());
    }

    @Test
    void theReverseOfAnExistingDependencyIsAllowedAndLeftToTheAnalysisToReport() {
        Plan after = PlanEdits.connect(plan, "auth", "checkout", DependencyType.HARD);

        assertTrue(after.dependency("auth", "checkout").isPresent());
        assertTrue(after.dependency("checkout", "auth").isPresent());
    }

    @Test
    void connectingToAnUnknownServiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PlanEdits.connect(plan, "checkout", "x", DependencyType.HARD));
    }

    @Test
    void deletingADependencyKeepsBothServices() {
        Plan after = PlanEdits.deleteDependency(plan, Dependency.hard("checkout", "auth"));

        assertTrue(after.dependency("checkout", "auth").isEmpty());
        assertEquals(3, after.serviceCount());
        assertThrows(IllegalArgumentException.class,
                () -> PlanEdits.deleteDependency(after, Dependency.hard("checkout", "auth")));
    }

    @Test
    void renamingChangesTheNameNeverTheId() {
        Plan after = PlanEdits.rename(plan, "db", "  Orders DB ");

        assertEquals("Orders DB", after.service("db").orElseThrow().name());
        assertTrue(after.dependency("auth", "db").isPresent());
    }

    @Test
    void anEmptyNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PlanEdits.rename(plan, "db", "   "));
        assertThrows(IllegalArgumentException.class, () -> PlanEdits.rename(plan, "db", null));
    }

    @Test
    void renamingToTheSameNameChangesNothing() {
        assertEquals(plan, PlanEdits.rename(plan, "db", "Legacy DB"));
    }

    @Test
    void oneServiceIsDescribedByNameSeveralByCount() {
        assertEquals("Move Checkout", PlanEdits.describe("Move", plan, List.of("checkout")));
        assertEquals("Delete 3 services", PlanEdits.describe("Delete", plan, List.of("checkout", "auth", "db")));
    }

    @Test
    void dependencyAndRenameEditsAreDescribedByServiceNames() {
        assertEquals("Connect Checkout to Legacy DB", PlanEdits.describeConnect(plan, "checkout", "db"));
        assertEquals("Delete dependency Auth → Legacy DB",
                PlanEdits.describeDeleteDependency(plan, Dependency.hard("auth", "db")));
        assertEquals("Rename Legacy DB to Orders DB", PlanEdits.describeRename(plan, "db", " Orders DB"));
    }

    @Test
    void snappingRoundsToTheNearestGridPoint() {
        assertEquals(new Position(40, -20), PlanEdits.snapped(new Position(31, -11)));
    }
}
