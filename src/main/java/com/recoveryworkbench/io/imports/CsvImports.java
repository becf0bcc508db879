package com.recoveryworkbench.io.imports;

import com.recoveryworkbench.io.PlanProblem;
import com.recoveryworkbench.io.csv.CsvImport;
import com.recoveryworkbench.io.csv.CsvImportException;
import com.recoveryworkbench.io.csv.CsvPlanImporter;
import com.recoveryworkbench.io.csv.CsvProblem;
import com.recoveryworkbench.model.DataProtection;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceField;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CSV importer of {@code io.csv} behind the common import shape: its problems as
 * {@link PlanProblem}s (the column name as the field), and the fields each row carries. A CSV row always
 * states a kind and a tier (an empty cell reads as application and tier-2, as {@code import-csv}
 * documents); every other field is carried when its cell said something: a name other than the id, a
 * duration, a yes/no, a protection, a text that is not empty. Stateless and thread-safe.
 */
final class CsvImports {
    private CsvImports() {
    }

    static Imported importFile(Path file, String planName) throws ImportException {
        return convert(() -> new CsvPlanImporter().importFile(file, planName));
    }

    static Imported importText(String text, String source, String planName) throws ImportException {
        return convert(() -> new CsvPlanImporter().importText(text, source, planName));
    }

    /** One CSV import, which may fail. */
    private interface CsvRun {
        CsvImport run() throws CsvImportException;
    }

    private static Imported convert(CsvRun csv) throws ImportException {
        try {
            CsvImport imported = csv.run();
            Map<String, Set<ServiceField>> carried = new LinkedHashMap<>();
            imported.plan().services().forEach(s -> carried.put(s.id(), carried(s)));
            return new Imported(imported.plan(), problems(imported.warnings()), carried);
        } catch (CsvImportException e) {
            List<PlanProblem> problems = problems(e.problems());
            throw new ImportException(problems.get(0).source(), problems, e);
        }
    }

    private static List<PlanProblem> problems(List<CsvProblem> problems) {
        return problems.stream().map(p -> new PlanProblem(p.source(), p.line(), p.column(), p.field(), p.message()))
                .toList();
    }

    static Set<ServiceField> carried(Service service) {
        Set<ServiceField> fields = EnumSet.of(ServiceField.KIND, ServiceField.TIER);
        addIf(fields, ServiceField.NAME, !service.name().equals(service.id()));
        addIf(fields, ServiceField.RESTORE_TIME, service.restoreTime() != null);
        addIf(fields, ServiceField.STATEFUL, service.stateful() != null);
        addIf(fields, ServiceField.PROTECTION, !service.protection().equals(DataProtection.NONE));
        addIf(fields, ServiceField.STRATEGY, service.strategy() != null);
        addIf(fields, ServiceField.RTO_TARGET, service.rtoTarget() != null);
        addIf(fields, ServiceField.RPO_TARGET, service.rpoTarget() != null);
        addIf(fields, ServiceField.OWNER, !service.owner().isEmpty());
        addIf(fields, ServiceField.REGION, !service.region().isEmpty());
        addIf(fields, ServiceField.NOTES, !service.notes().isEmpty());
        return fields;
    }

    private static void addIf(Set<ServiceField> fields, ServiceField field, boolean given) {
        if (given) {
            fields.add(field);
        }
    }
}
