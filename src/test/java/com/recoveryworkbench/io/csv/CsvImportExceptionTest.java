package com.recoveryworkbench.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvImportExceptionTest {

    @Test
    void messageListsTheFirstTwentyProblemsThenHowManyMore() {
        StringBuilder csv = new StringBuilder("id,kind\n");
        for (int i = 1; i <= 25; i++) {
            csv.append("s").append(i).append(",robot\n");
        }
        CsvImportException e = assertThrows(CsvImportException.class,
                () -> new CsvPlanImporter().importText(csv.toString(), "many.csv", "P"));
        List<String> lines = e.getMessage().lines().toList();
        assertEquals(25, e.problems().size());
        assertEquals(22, lines.size());
        assertEquals("Cannot import many.csv: 25 problems", lines.get(0));
        assertEquals(e.problems().get(0).toString(), lines.get(1));
        assertEquals("many.csv:21:2 (kind): 'robot' is not one of: application, database, storage, cache, queue,"
                + " network, identity, external", lines.get(20));
        assertEquals("… and 5 more", lines.get(21));
    }

    @Test
    void messageOfOneProblemIsSingular() {
        CsvImportException e = new CsvImportException("a.csv", List.of(new CsvProblem("a.csv", 2, 1, "id", "bad")));
        assertEquals("Cannot import a.csv: 1 problem\na.csv:2:1 (id): bad", e.getMessage());
    }

    @Test
    void problemLeavesOutTheLocationItDoesNotHave() {
        assertEquals("a.csv: m", new CsvProblem("a.csv", 0, 0, "", "m").toString());
        assertEquals("a.csv:3: m", new CsvProblem("a.csv", 3, 0, "", "m").toString());
        assertEquals("a.csv:3 (id): m", new CsvProblem("a.csv", 3, 0, "id", "m").toString());
        assertEquals("a.csv:3:2 (kind): m", new CsvProblem("a.csv", 3, 2, "kind", "m").toString());
    }

    @Test
    void failureWithoutProblemsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CsvImportException("a.csv", List.of()));
    }
}
