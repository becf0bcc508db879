package com.recoveryworkbench.ui.menus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.layout.Direction;
import com.recoveryworkbench.layout.ElkPlanLayout;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.edit.PlanDocument;
import com.recoveryworkbench.ui.state.BackgroundTasks;
import com.recoveryworkbench.ui.state.LiveAnalysis;
import com.recoveryworkbench.ui.state.WorkbenchState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class ArrangeActionTest {
    // Piled on one spot, as a quick workshop sketch might leave them.
    private final Plan shop = Plan.empty("Shop")
            .withServices(List.of(Service.builder("web", ServiceKind.APPLICATION).position(0, 0).build(),
                    Service.builder("db", ServiceKind.DATABASE).position(0, 0).build(),
                    Service.builder("dns", ServiceKind.NETWORK).position(0, 0).build()))
            .withDependencies(List.of(Dependency.hard("web", "db"), Dependency.hard("db", "dns")));
    private final WorkbenchState workbench = new WorkbenchState(new PlanDocument(shop, null),
            new LiveAnalysis(Runnable::run, Runnable::run, new RecoveryAnalyzer()::analyzeAll));
    private final PlanDocument document = workbench.document();
    private final Queue<Runnable> worker = new ArrayDeque<>();
    private final List<Exception> failures = new ArrayList<>();
    private final ArrangeAction arranger = new ArrangeAction(workbench,
            new BackgroundTasks(worker::add, Runnable::run), new ElkPlanLayout(), failures::add);

    private void finishBackgroundWork() {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
    }

    private double x(String id) {
        return document.getPlan().service(id).orElseThrow().position().x();
    }

    @Test
    void arrangingPutsWhatComesBackFirstOnTheLeftInOneUndoableStep() {
        int[] shown = {0};
        arranger.setAfterArrange(() -> shown[0]++);

        arranger.arrange();
        assertTrue(arranger.arrangingProperty().get());
        finishBackgroundWork();

        assertFalse(arranger.arrangingProperty().get());
        assertTrue(x("dns") < x("db") && x("db") < x("web"), document.getPlan().services().toString());
        assertEquals("Undo Arrange 3 services", document.history().undoLabelProperty().get());
        assertEquals(1, shown[0]);
        assertTrue(failures.isEmpty());
        document.undo();
        assertEquals(shop, document.getPlan());
    }

    private double y(String id) {
        return document.getPlan().service(id).orElseThrow().position().y();
    }

    @Test
    void topToBottomPutsWhatComesBackFirstAtTheTopAndAPinnedServiceIsNotCounted() {
        document.apply("Pin", p -> p.withService(p.service("web").orElseThrow().toBuilder().position(900, 900)
                .pinned(true).build()));
        arranger.directionProperty().set(Direction.TOP_TO_BOTTOM);

        arranger.arrange();
        finishBackgroundWork();

        assertTrue(y("dns") < y("db"), document.getPlan().services().toString());
        assertEquals(new Position(900, 900), document.getPlan().service("web").orElseThrow().position());
        assertEquals("Undo Arrange 2 services", document.history().undoLabelProperty().get());
    }

    @Test
    void withTwoOrMoreSelectedOnlyTheyAreArranged() {
        workbench.selection().selectServices(List.of("web", "db"));

        arranger.arrange();
        finishBackgroundWork();

        assertEquals("Undo Arrange 2 services", document.history().undoLabelProperty().get());
        assertEquals(shop.service("dns"), document.getPlan().service("dns"));
    }

    @Test
    void aLayoutOfAPlanThatChangedMeanwhileIsDropped() {
        arranger.arrange();
        document.apply("Rename", p -> p.withService(p.service("web").orElseThrow().toBuilder().name("Web").build()));
        Plan edited = document.getPlan();

        finishBackgroundWork();

        assertSame(edited, document.getPlan());
        assertEquals("Undo Rename", document.history().undoLabelProperty().get());
    }
}
