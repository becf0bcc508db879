package com.recoveryworkbench.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.DependencyType;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.ProtectionMethod;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.testplans.TestPlans;
import com.recoveryworkbench.ui.SameThreadWorkbench;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.form.FieldModel;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class InspectorViewModelTest {
    private final WorkbenchState workbench = SameThreadWorkbench.of(TestPlans.checkout());
    private final PlanDocument document = workbench.document();
    private final InspectorViewModel inspector = new InspectorViewModel(workbench);

    private Service service(String id) {
        return document.getPlan().service(id).orElseThrow();
    }

    @Test
    void nothingSelectedShowsThePlan() {
        assertEquals(InspectorViewModel.Mode.PLAN, inspector.modeProperty().get());
        assertEquals("Shop", inspector.plan().name().textProperty().get());
        assertEquals("0s", inspector.plan().declarationDelay().textProperty().get());
    }

    @Test
    void aValidRestoreTimeIsOneUndoableStepNamedAfterServiceAndValue() {
        workbench.selection().selectService("legacy-db");
        FieldModel<Duration> restore = inspector.service().restoreTime();

        restore.textProperty().set("1h30m");
        assertTrue(restore.commit());

        assertEquals(Duration.ofMinutes(90), service("legacy-db").restoreTime());
        assertEquals("Undo Set restore time of Legacy DB to 1h30m", document.history().undoLabelProperty().get());
        document.undo();
        assertEquals(Duration.ofMinutes(40), service("legacy-db").restoreTime());
        assertFalse(document.history().canUndoProperty().get());
    }

    @Test
    void anInvalidDurationAppliesNothingAndSaysWhatIsWrong() {
        workbench.selection().selectService("legacy-db");
        Plan before = document.getPlan();
        FieldModel<Duration> restore = inspector.service().restoreTime();

        restore.textProperty().set("40 mins");

        assertFalse(restore.commit());
        assertSame(before, document.getPlan());
        assertFalse(document.history().canUndoProperty().get());
        assertEquals("'40 mins' is not a duration: write minutes (40), a compact form (1h30m, 9m11s) or ISO-8601 (PT20M)",
                restore.errorProperty().get());
        assertEquals("40 mins", restore.textProperty().get());
    }

    @Test
    void fixingARefusedEntryClearsTheMessage() {
        workbench.selection().selectService("legacy-db");
        FieldModel<Duration> restore = inspector.service().restoreTime();
        restore.textProperty().set("soon");
        restore.commit();

        restore.textProperty().set("45");
        assertTrue(restore.commit());

        assertNull(restore.errorProperty().get());
        assertEquals("45m", restore.textProperty().get());
        assertEquals(Duration.ofMinutes(45), service("legacy-db").restoreTime());
    }

    @Test
    void anUndoRefreshesIdleFieldsButNotOneBeingTypedIn() {
        workbench.selection().selectService("legacy-db");
        inspector.service().restoreTime().textProperty().set("50m");
        inspector.service().restoreTime().commit();
        inspector.service().owner().textProperty().set("dba te");

        document.undo();

        assertEquals("40m", inspector.service().restoreTime().textProperty().get());
        assertEquals("dba te", inspector.service().owner().textProperty().get());
    }

    @Test
    void emptyingAnOverrideClearsItAndTheTierTargetApplies() {
        document.apply("setup", p -> p.withService(service("auth").toBuilder().rtoTarget(Duration.ofMinutes(30)).build()));
        workbench.selection().selectService("auth");
        FieldModel<Duration> rto = inspector.service().rtoOverride();
        assertEquals("30m", rto.textProperty().get());

        rto.textProperty().set("");
        rto.commit();

        assertNull(service("auth").rtoTarget());
        assertEquals("Undo Clear RTO override of Auth", document.history().undoLabelProperty().get());
    }

    @Test
    void choosingATierAppliesAtOnceButShowingOneAppliesNothing() {
        workbench.selection().selectService("auth");
        assertFalse(document.history().canUndoProperty().get());

        inspector.service().tier().valueProperty().set("tier-0");

        assertEquals("tier-0", service("auth").tier());
        assertEquals("Undo Set tier of Auth to tier-0", document.history().undoLabelProperty().get());
    }

    @Test
    void switchingToReplicationKeepsTheLagAndDropsTheTransfer() {
        workbench.selection().selectService("legacy-db");
        ProtectionEditorModel protection = inspector.protection();
        protection.method().valueProperty().set(ProtectionMethod.BACKUP);
        protection.interval().textProperty().set("1h");
        protection.interval().commit();
        protection.transfer().textProperty().set("10m");
        protection.transfer().commit();

        protection.method().valueProperty().set(ProtectionMethod.ASYNC_REPLICATION);

        assertEquals(ProtectionMethod.ASYNC_REPLICATION, service("legacy-db").protection().method());
        assertEquals(Duration.ofHours(1), service("legacy-db").protection().interval());
        assertNull(service("legacy-db").protection().transfer());
        assertEquals("Replication lag", protection.intervalLabelProperty().get());
        assertFalse(protection.transferAppliesProperty().get());
    }

    @Test
    void aTierChosenForSeveralServicesIsOneStep() {
        workbench.selection().selectServices(List.of("auth", "checkout", "catalog"));
        assertEquals(InspectorViewModel.Mode.SERVICES, inspector.modeProperty().get());
        assertEquals("3 services selected", inspector.services().countProperty().get());
        assertNull(inspector.services().tier().valueProperty().get());

        inspector.services().tier().valueProperty().set("tier-3");

        assertEquals(List.of("tier-3", "tier-3", "tier-3"),
                List.of(service("auth").tier(), service("checkout").tier(), service("catalog").tier()));
        assertEquals("Undo Set tier of 3 services to tier-3", document.history().undoLabelProperty().get());
        document.undo();
        assertEquals("tier-1", service("auth").tier());
        assertFalse(document.history().canUndoProperty().get());
    }

    @Test
    void severalServicesWithOneOwnerShowItAndMixedOnesShowEmpty() {
        workbench.selection().selectServices(List.of("checkout", "catalog"));
        assertEquals("web", inspector.services().owner().textProperty().get());

        workbench.selection().selectServices(List.of("auth", "catalog"));
        assertEquals("", inspector.services().owner().textProperty().get());
        assertTrue(inspector.services().ownerMixedProperty().get());
    }

    @Test
    void aPendingEditIsAppliedToTheServiceShownBeforeTheSelectionMoved() {
        workbench.selection().selectService("auth");
        inspector.service().owner().textProperty().set("identity team");

        workbench.selection().selectService("catalog");

        assertEquals("identity team", service("auth").owner());
        assertEquals("web", inspector.service().owner().textProperty().get());
    }

    @Test
    void deletingTheShownServiceByUndoDropsItsPendingEdit() {
        document.apply("Add", p -> p.withService(Service.builder("cache", ServiceKind.CACHE).build()));
        workbench.selection().selectService("cache");
        inspector.service().owner().textProperty().set("ops");

        document.undo();

        assertFalse(document.getPlan().hasService("cache"));
        assertEquals(InspectorViewModel.Mode.PLAN, inspector.modeProperty().get());
        assertTrue(document.history().canRedoProperty().get());
    }

    @Test
    void aDependencyCanBeMadeSoftAndDeleted() {
        workbench.selection().selectDependency(document.getPlan().dependency("checkout", "auth").orElseThrow());
        assertEquals(InspectorViewModel.Mode.DEPENDENCY, inspector.modeProperty().get());
        assertEquals("Checkout", inspector.dependency().fromProperty().get());

        inspector.dependency().type().valueProperty().set(DependencyType.SOFT);
        assertEquals(DependencyType.SOFT, document.getPlan().dependency("checkout", "auth").orElseThrow().type());

        inspector.dependency().delete();
        assertTrue(document.getPlan().dependency("checkout", "auth").isEmpty());
        assertEquals("Undo Delete dependency Checkout → Auth", document.history().undoLabelProperty().get());
        assertEquals(InspectorViewModel.Mode.PLAN, inspector.modeProperty().get());
    }

    @Test
    void planSettingsRefuseANegativeCapacityAndAcceptZeroAsUnlimited() {
        FieldModel<Integer> capacity = inspector.plan().restoreCapacity();
        capacity.textProperty().set("-2");
        assertFalse(capacity.commit());
        assertEquals(0, document.getPlan().settings().restoreCapacity());

        capacity.textProperty().set("3");
        assertTrue(capacity.commit());
        assertEquals(3, document.getPlan().settings().restoreCapacity());
        assertEquals("Undo Set restore capacity to 3", document.history().undoLabelProperty().get());
    }

    @Test
    void theResultShowsWhatTheAnalysisComputed() {
        workbench.selection().selectService("checkout");
        ServiceResultModel result = inspector.result();

        assertEquals("52m / 15m", result.upProperty().get());
        assertEquals("44m", result.startProperty().get());
        assertEquals("3", result.waveProperty().get());
        assertEquals("-37m", result.slackProperty().get());
        assertTrue(result.lateProperty().get());
        assertEquals("n/a", result.rpoProperty().get());
        assertEquals("Legacy DB → Auth → Checkout", result.criticalPathProperty().get());
        assertEquals("Nothing depends on it", result.impactProperty().get());
    }

    @Test
    void aServiceThatNothingDelaysSaysSoInsteadOfAnEmptyCriticalPath() {
        workbench.selection().selectService("legacy-db");

        assertEquals("none: no dependency delays it", inspector.result().criticalPathProperty().get());
    }

    @Test
    void theServicesFindingsListErrorsBeforeWarnings() {
        workbench.selection().selectService("checkout");

        // Checkout (tier-0, up at 52m against 15m) misses its RTO, and its tier-0 target hard-depends
        // on Auth's tier-1 target: one error, one tier inversion.
        List<String> rules = inspector.result().findings().stream().map(f -> f.severity() + " " + f.rule()).toList();
        assertEquals(List.of("ERROR rto-miss", "WARNING tier-inversion"), rules);
    }
}
