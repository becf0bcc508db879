package com.recoveryworkbench.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.io.PlanProblem;
import com.recoveryworkbench.io.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {
    private final Problems log = Problems.ofImport("t.csv");

    private List<CsvRecord> parse(String text) {
        return CsvParser.parse(text, log);
    }

    private List<List<String>> cells(String text) {
        return parse(text).stream().map(CsvRecord::cells).toList();
    }

    @Test
    void commasSeparateCellsAndLineBreaksSeparateRecords() {
        assertEquals(List.of(List.of("a", "b", "c"), List.of("1", "", "3")), cells("a,b,c\n1,,3\n"));
        assertEquals(0, log.errorCount());
    }

    @Test
    void crlfLfAndLoneCrAllEndARecord() {
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d")), cells("a\r\nb\nc\rd"));
    }

    @Test
    void finalLineBreakDoesNotStartARecord() {
        assertEquals(List.of(List.of("a", "b")), cells("a,b\r\n"));
    }

    @Test
    void emptyTextHasNoRecords() {
        assertEquals(List.of(), cells(""));
    }

    @Test
    void blankLineIsARecordWithOneEmptyCell() {
        List<CsvRecord> records = parse("a\n\nb\n");
        assertEquals(List.of(""), records.get(1).cells());
        assertTrue(records.get(1).isBlank());
    }

    @Test
    void quotedCellKeepsCommasAndLineBreaksAsWritten() {
        assertEquals(List.of(List.of("x", "one, two\nthree\r\nfour", "y")),
                cells("x,\"one, two\nthree\r\nfour\",y\n"));
    }

    @Test
    void doubledQuoteInAQuotedCellIsOneQuote() {
        assertEquals(List.of(List.of("say \"hi\"", "\"")), cells("\"say \"\"hi\"\"\",\"\"\"\""));
    }

    @Test
    void emptyQuotedCellIsEmpty() {
        assertEquals(List.of(List.of("", "b")), cells("\"\",b"));
    }

    @Test
    void quoteInsideAnUnquotedCellIsKept() {
        assertEquals(List.of(List.of("5\" disk", "b")), cells("5\" disk,b"));
    }

    @Test
    void cellsAreNotTrimmed() {
        assertEquals(List.of(List.of(" a ", "b ")), cells(" a ,b "));
    }

    @Test
    void recordLineIsThePhysicalLineItStartsOn() {
        // Record 2 spans lines 2-4 (one LF and one CRLF inside quotes), so record 3 starts on line 5.
        List<CsvRecord> records = parse("h1,h2\r\na,\"x\ny\r\nz\"\r\nb,c\r\n");
        assertEquals(List.of(1, 2, 5), records.stream().map(CsvRecord::line).toList());
    }

    @Test
    void unterminatedQuoteIsReportedWhereTheCellStarts() {
        List<CsvRecord> records = parse("id,notes\ndb,ok\nweb,\"never\nclosed,\n");
        assertEquals(2, records.size());
        PlanProblem problem = log.errors().get(0);
        assertEquals(List.of(3, 2, "notes"), List.of(problem.line(), problem.column(), problem.field()));
        assertTrue(problem.message().contains("never ends"), problem.message());
    }

    @Test
    void unterminatedQuoteThatStartsOnALaterLineOfTheRecordIsReportedThere() {
        parse("id,notes,owner\nweb,\"two\nlines\",\"open\n");
        PlanProblem problem = log.errors().get(0);
        assertEquals(List.of(3, 3, "owner"), List.of(problem.line(), problem.column(), problem.field()));
    }

    @Test
    void textAfterAClosingQuoteIsAnErrorAndParsingGoesOn() {
        List<CsvRecord> records = parse("id,name\n\"db\"x,Database\n\"a\"b,c\n");
        assertEquals(List.of(List.of("id", "name"), List.of("db", "Database"), List.of("a", "c")),
                records.stream().map(CsvRecord::cells).toList());
        assertEquals(List.of("t.csv:2:1 (id)", "t.csv:3:1 (id)"), log.errors().stream()
                .map(p -> p.source() + ":" + p.line() + ":" + p.column() + " (" + p.field() + ")").toList());
    }
}
