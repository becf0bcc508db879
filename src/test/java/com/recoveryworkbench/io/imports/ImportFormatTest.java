package com.recoveryworkbench.io.imports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.recoveryworkbench.io.Imported;
import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.PlanProblem;
import com.recoveryworkbench.model.Dependency;
import com.recoveryworkbench.model.ServiceField;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportFormatTest {

    @Test
    void formatsAreNamedByTheirCommandLineCodes() {
        assertAll(
                () -> assertEquals(Optional.of(ImportFormat.BACKSTAGE), ImportFormat.ofCode(" Backstage ")),
                () -> assertEquals(Optional.empty(), ImportFormat.ofCode("xlsx")),
                () -> assertEquals("csv, graphml, dot or backstage", ImportFormat.codes()));
    }

    @Test
    void csvImportsThroughTheSameEntryPointCarryingWhatTheirCellsSay() throws Exception {
        Imported imported = ImportFormat.CSV.importText("""
                id,name,tier,restore,owner,depends_on,colour
                db,Orders DB,tier-1,20,,,red
                api,,,,web-team,db,
                """, "inventory.csv", "Shop");

        assertAll(
                () -> assertEquals(List.of(Dependency.hard("api", "db")), imported.plan().dependencies()),
                // No kind column: merging this list must not turn every kind into application.
                () -> assertEquals(Set.of(ServiceField.TIER, ServiceField.NAME, ServiceField.RESTORE_TIME),
                        imported.carried().get("db")),
                () -> assertEquals(Set.of(ServiceField.TIER, ServiceField.OWNER), imported.carried().get("api")),
                () -> assertEquals(1, imported.warnings().size()),
                () -> assertEquals("colour", imported.warnings().get(0).field()));
    }

    @Test
    void aKindColumnIsCarriedWhateverTheHeaderCallsIt() throws Exception {
        Imported imported = ImportFormat.CSV.importText(
                "\uFEFF Kind ,\"RTO  target\",Id,notes\r\ndatabase,1h,db,\n", "inventory.csv", "Shop");

        assertEquals(Set.of(ServiceField.KIND, ServiceField.RTO_TARGET), imported.carried().get("db"));
    }

    @Test
    void csvProblemsKeepTheirLineColumnAndField() {
        PlanFileException e = assertThrows(PlanFileException.class, () -> ImportFormat.CSV.importText(
                "id,restore\ndb,soon\n", "inventory.csv", "Shop"));

        PlanProblem problem = e.problems().get(0);
        assertEquals(List.of("inventory.csv", 2, 2, "restore"),
                List.of(problem.source(), problem.line(), problem.column(), problem.field()));
    }

    @Test
    void aMissingFileIsReportedByName() {
        PlanFileException e = assertThrows(PlanFileException.class,
                () -> ImportFormat.DOT.importFile(Path.of("no-such-dir", "deps.dot"), "Shop"));

        assertEquals("deps.dot: cannot read the file: no such file", e.problems().get(0).toString());
    }
}
