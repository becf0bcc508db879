package com.recoveryworkbench.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.Position;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WaveColumnsLayoutTest {

    private static Service service(String id, String name) {
        return Service.builder(id, ServiceKind.APPLICATION).name(name).build();
    }

    @Test
    void serviceGoesOneColumnRightOfItsDeepestHardDependency() {
        // db (wave 1) ← cache (wave 2) ← web (wave 3); web also needs db directly, which does not pull it left.
        Map<String, Position> positions = WaveColumnsLayout.positions(
                List.of(service("web", "Web"), service("db", "DB"), service("cache", "Cache")),
                List.of(Dependency.hard("web", "db"), Dependency.hard("web", "cache"), Dependency.hard("cache", "db")));
        assertEquals(Map.of("db", new Position(60, 60), "cache", new Position(340, 60), "web", new Position(620, 60)),
                positions);
    }

    @Test
    void servicesOfOneWaveStackByNameIgnoringCase() {
        Map<String, Position> positions = WaveColumnsLayout.positions(
                List.of(service("c", "charlie"), service("a", "Bravo"), service("b", "alpha")), List.of());
        assertEquals(Map.of("b", new Position(60, 60), "a", new Position(60, 190), "c", new Position(60, 320)),
                positions);
    }

    @Test
    void equalNamesStackById() {
        Map<String, Position> positions = WaveColumnsLayout.positions(
                List.of(service("y", "Same"), service("x", "Same")), List.of());
        assertEquals(Map.of("x", new Position(60, 60), "y", new Position(60, 190)), positions);
    }

    @Test
    void softDependenciesAndMissingServicesDoNotMoveAService() {
        Map<String, Position> positions = WaveColumnsLayout.positions(
                List.of(service("web", "Web"), service("search", "Search")),
                List.of(Dependency.soft("web", "search"), Dependency.hard("web", "ghost")));
        assertEquals(Map.of("search", new Position(60, 60), "web", new Position(60, 190)), positions);
    }

    @Test
    void cycleAndWhatWaitsOnItShareTheColumnAfterTheLastWave() {
        // a ↔ b is a cycle, c waits on b; d (wave 1) ← e (wave 2); so a, b, c go to column 3.
        Map<String, Position> positions = WaveColumnsLayout.positions(
                List.of(service("a", "A"), service("b", "B"), service("c", "C"), service("d", "D"),
                        service("e", "E")),
                List.of(Dependency.hard("a", "b"), Dependency.hard("b", "a"), Dependency.hard("c", "b"),
                        Dependency.hard("e", "d")));
        assertEquals(Map.of("d", new Position(60, 60), "e", new Position(340, 60), "a", new Position(620, 60),
                "b", new Position(620, 190), "c", new Position(620, 320)), positions);
    }

    @Test
    void planWithOnlyACycleStartsItInTheFirstColumn() {
        Map<String, Position> positions = WaveColumnsLayout.positions(List.of(service("a", "A")),
                List.of(Dependency.hard("a", "a")));
        assertEquals(Map.of("a", new Position(60, 60)), positions);
    }
}
