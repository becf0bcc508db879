package com.recoveryworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.canvas.CardGeometry;
import com.recoveryworkbench.ui.files.PlanFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Ctrl+L in the real window on a sketch whose cards were all dropped on one spot. */
@ExtendWith(ApplicationExtension.class)
class ArrangeInWindowTest {
    @TempDir
    static Path dir;

    private final WorkbenchFixture app = new WorkbenchFixture();
    private final Plan sketch = sketch();

    /** Twelve services piled at (40, 40): three chains of four, the chains sharing their first service. */
    private static Plan sketch() {
        List<Service> services = new ArrayList<>();
        List<Dependency> dependencies = new ArrayList<>();
        services.add(Service.builder("dns", ServiceKind.NETWORK).position(40, 40).build());
        for (int chain = 0; chain < 3; chain++) {
            String previous = "dns";
            for (int step = 0; step < 4; step++) {
                String id = "s" + chain + step;
                services.add(Service.builder(id, ServiceKind.APPLICATION).position(40, 40).build());
                dependencies.add(Dependency.hard(id, previous));
                previous = id;
            }
        }
        return Plan.empty("Sketch").withServices(services).withDependencies(dependencies);
    }

    @Start
    void start(Stage stage) throws Exception {
        app.start(stage, WorkbenchFixture.write(sketch, Files.createTempFile(dir, "sketch", PlanFiles.EXTENSION)));
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private Plan plan() {
        return app.shell.workbench().document().getPlan();
    }

    private String undoLabel() {
        return app.shell.workbench().document().history().undoLabelProperty().get();
    }

    @Test
    void arrangeLeavesNoOverlapAndEveryHardDependencyPointsToAnEarlierColumn(FxRobot robot) {
        FxWait.waitUntil("the sketch is open", () -> plan().equals(sketch));

        // Not a click: the pile sits mid-map, and a click on it would change the selection.
        robot.interact(() -> app.shell.canvas().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);

        FxWait.waitUntil("the arrangement is applied", () -> "Undo Arrange 13 services".equals(undoLabel()));
        List<Service> services = plan().services();
        for (int i = 0; i < services.size(); i++) {
            for (int j = i + 1; j < services.size(); j++) {
                assertTrue(!CardGeometry.bounds(services.get(i).position())
                                .intersects(CardGeometry.bounds(services.get(j).position())),
                        services.get(i).id() + " overlaps " + services.get(j).id());
            }
        }
        Map<String, Service> byId = services.stream().collect(Collectors.toMap(Service::id, Function.identity()));
        for (Dependency d : plan().dependencies()) {
            assertTrue(byId.get(d.to()).position().x() + CardGeometry.WIDTH <= byId.get(d.from()).position().x(),
                    d.from() + " should sit right of " + d.to() + ", which is restored first");
        }
    }

    @Test
    void arrangingASelectionLeavesEveryOtherServiceWhereItWas(FxRobot robot) {
        FxWait.waitUntil("the sketch is open", () -> plan().equals(sketch));
        robot.interact(() -> app.shell.workbench().selection().selectServices(List.of("s00", "s01", "s02")));

        // Not a click: the pile sits mid-map, and a click on it would change the selection.
        robot.interact(() -> app.shell.canvas().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);

        FxWait.waitUntil("the selection is arranged", () -> "Undo Arrange 3 services".equals(undoLabel()));
        for (Service before : sketch.services()) {
            if (!List.of("s00", "s01", "s02").contains(before.id())) {
                assertEquals(before.position(), plan().service(before.id()).orElseThrow().position(), before.id());
            }
        }
    }
}
