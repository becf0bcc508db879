package com.recoveryworkbench.io.csv;

import com.recoveryworkbench.model.Service;
import java.util.Set;

/** A row read as a service, with the ids its cells name as hard and soft dependencies, not yet checked. */
record ServiceRow(CsvRow row, Service service, Set<String> hardDependencies, Set<String> softDependencies) {
    ServiceRow {
        hardDependencies = Set.copyOf(hardDependencies);
        softDependencies = Set.copyOf(softDependencies);
    }

    String id() {
        return service.id();
    }
}
