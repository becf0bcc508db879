package com.recoveryworkbench.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.PlanProblem;
import com.recoveryworkbench.model.RecoveryStrategy;
import com.recoveryworkbench.model.Service;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The columns that say how a service recovers in a scenario: strategy, standby_region, failover. */
class CsvStandbyColumnsTest {
    private final CsvPlanImporter importer = new CsvPlanImporter();

    @Test
    void readsTheStrategyTheStandbyRegionAndTheFailoverTime() throws Exception {
        List<Service> services = importer.importText("id,region,strategy,Standby Region,failover\n"
                + "db,eu-west,warm-standby,us-east,5\nweb,eu-west,,,\n", "inventory.csv", "P").plan().services();

        Service db = services.get(0);
        assertEquals(RecoveryStrategy.WARM_STANDBY, db.strategy());
        assertEquals("us-east", db.standbyRegion());
        assertEquals(Duration.ofMinutes(5), db.failoverTime());
        assertEquals("", services.get(1).standbyRegion());
        assertEquals(null, services.get(1).failoverTime());
    }

    @Test
    void aBadFailoverTimeIsReportedWhereItIs() {
        List<PlanProblem> problems = assertThrows(PlanFileException.class,
                () -> importer.importText("id,failover\ndb,soon\n", "inventory.csv", "P")).problems();

        assertEquals(1, problems.size(), problems::toString);
        assertEquals("inventory.csv:2:2: failover: 'soon' is not a duration: write minutes (40), a compact form"
                + " (1h30m, 9m11s) or ISO-8601 (PT20M)", problems.get(0).toString());
    }
}
