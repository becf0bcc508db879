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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The CSV importer of {@code io.csv} behind the common import shape: the file read by
 * {@link ImportSource} like every import, its problems as {@link PlanProblem}s (the column name as
 * the field), and the fields each row carries. Kind and tier are carried when the header has their
 * column (an empty cell there reads as application and tier-2, as {@code import-csv} documents), so a
 * list of names and dependencies merged into a plan does not reset its kinds and tiers. Every other
 * field is carried when its cell said something: a name other than the id, a duration, a yes/no, a
 * protection, a text that is not empty. Stateless and thread-safe.
 */
final class CsvImports {
    private CsvImports() {
    }

    static Imported importFile(Path file, String planName) throws ImportException {
        ImportSource source = ImportSource.read(file);
        return importText(source.text(), source.name(), planName);
    }

    static Imported importText(String text, String source, String planName) throws ImportException {
        CsvImport imported;
        try {
            imported = new CsvPlanImporter().importText(text, source, planName);
        } catch (CsvImportException e) {
            throw new ImportException(source, problems(e.problems()), e);
        }
        Set<String> columns = headerColumns(text);
        Map<String, Set<ServiceField>> carried = new LinkedHashMap<>();
        imported.plan().services().forEach(s -> carried.put(s.id(), carried(s, columns)));
        return new Imported(imported.plan(), problems(imported.warnings()), carried);
    }

    private static List<PlanProblem> problems(List<CsvProblem> problems) {
        return problems.stream().map(p -> new PlanProblem(p.source(), p.line(), p.column(), p.field(), p.message()))
                .toList();
    }

    static Set<ServiceField> carried(Service service, Set<String> columns) {
        Set<ServiceField> fields = EnumSet.noneOf(ServiceField.class);
        addIf(fields, ServiceField.KIND, columns.contains("kind"));
        addIf(fields, ServiceField.TIER, columns.contains("tier"));
        addIf(fields, ServiceField.NAME, !service.name().equals(service.id()));
        addIf(fields, ServiceField.RESTORE_TIME, service.restoreTime() != null);
        addIf(fields, ServiceField.STATEFUL, service.stateful() != null);
        addIf(fields, ServiceField.PROTECTION, !service.protection().equals(DataProtection.NONE));
        addIf(fields, ServiceField.STRATEGY, service.strategy() != null);
        addIf(fields, ServiceField.RTO_TARGET, service.rtoTarget() != null);
        addIf(fields, ServiceField.RPO_TARGET, service.rpoTarget() != null);
        addIf(fields, ServiceField.OWNER, !service.owner().isEmpty());
        addIf(fields, ServiceField.REGION, !service.region().isEmpty());
        addIf(fields, ServiceField.STANDBY_REGION, !service.standbyRegion().isEmpty());
        addIf(fields, ServiceField.FAILOVER_TIME, service.failoverTime() != null);
        addIf(fields, ServiceField.NOTES, !service.notes().isEmpty());
        return fields;
    }

    private static void addIf(Set<ServiceField> fields, ServiceField field, boolean given) {
        if (given) {
            fields.add(field);
        }
    }

    /**
     * The column names of the header (the first record), compared as the CSV importer compares them:
     * trimmed, lower case, runs of blanks or dashes as one underscore.
     */
    static Set<String> headerColumns(String text) {
        Set<String> columns = new HashSet<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = text.startsWith("\uFEFF") ? 1 : 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ',' || c == '\n' || c == '\r')) {
                columns.add(normalize(cell));
                cell.setLength(0);
                if (c != ',') {
                    return columns;
                }
            } else {
                cell.append(c);
            }
        }
        columns.add(normalize(cell));
        return columns;
    }

    private static String normalize(CharSequence header) {
        return header.toString().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
