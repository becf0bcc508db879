package com.recoveryworkbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanProblemTest {

    @Test
    void printsFileLineColumnFieldAndMessageAsCompilersDo() {
        PlanProblem problem = new PlanProblem("retail.rplan.json", 12, 5, "services[3].restoreTime",
                "expected an ISO-8601 duration such as \"PT40M\", found \"40 minutes\"");

        assertEquals("retail.rplan.json:12:5: services[3].restoreTime: expected an ISO-8601 duration such as"
                + " \"PT40M\", found \"40 minutes\"", problem.toString());
    }

    @Test
    void leavesOutTheLocationOfAProblemWithTheWholeFile() {
        assertEquals("huge.rplan.json: too large",
                new PlanProblem("huge.rplan.json", 0, 0, "", "too large").toString());
    }

    @Test
    void leavesOutAnEmptyField() {
        assertEquals("a.rplan.json:1:1: the file is empty",
                new PlanProblem("a.rplan.json", 1, 1, "", "the file is empty").toString());
    }

    @Test
    void anExceptionListsItsProblemsOneALine() {
        PlanFileException e = new PlanFileException(List.of(
                new PlanProblem("a.rplan.json", 1, 2, "name", "first"),
                new PlanProblem("a.rplan.json", 3, 4, "", "second")));

        assertEquals("a.rplan.json:1:2: name: first\na.rplan.json:3:4: second", e.getMessage());
    }

    @Test
    void leavesOutTheColumnOfAProblemWithAWholeLine() {
        assertEquals("inventory.csv:3: id: m", new PlanProblem("inventory.csv", 3, 0, "id", "m").toString());
    }

    @Test
    void refusesANegativeLineOrColumn() {
        assertThrows(IllegalArgumentException.class, () -> new PlanProblem("a.csv", -1, 0, "", "m"));
        assertThrows(IllegalArgumentException.class, () -> new PlanProblem("a.csv", 1, -1, "", "m"));
    }

    @Test
    void anImportFailureSaysWhichFileAndHowManyProblemsFirst() {
        PlanFileException e = PlanFileException.cannotImport("a.csv", 2, 1, "id", "bad");

        assertEquals("Cannot import a.csv: 1 problem\na.csv:2:1: id: bad", e.getMessage());
    }

    @Test
    void anExceptionNeedsAProblem() {
        assertThrows(IllegalArgumentException.class, () -> new PlanFileException(List.of()));
        assertThrows(IllegalArgumentException.class, () -> PlanFileException.cannotImport("a.csv", List.of(), null));
    }
}
