package com.recoveryworkbench.ui.findings;

import com.recoveryworkbench.testplans.DrilledPlans;
import com.recoveryworkbench.analysis.drill.DrillFindings;
import com.recoveryworkbench.analysis.drill.ProvenAnalyzer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.analysis.Finding;
import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.analysis.Severity;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.testplans.TestPlans;
import com.recoveryworkbench.ui.form.Formats;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsModelTest {
    private final FindingsModel model = new FindingsModel();

    @Test
    void errorsComeFirstAndTheHeaderCountsThem() {
        // Checkout misses its RTO and Legacy DB its RPO (errors); a cache without restore time is a warning.
        Plan plan = TestPlans.checkout().withService(Service.builder("cache", ServiceKind.CACHE).build());

        model.update(new RecoveryAnalyzer().analyze(plan));

        List<Severity> severities = model.findings().stream().map(Finding::severity).toList();
        assertEquals(Severity.ERROR, severities.get(0));
        assertTrue(model.findings().stream().anyMatch(f -> f.rule().equals(Finding.RULE_MISSING_RESTORE_TIME)
                && f.severity() != Severity.ERROR));
        assertEquals(severities.stream().sorted().toList(), severities);
        long errors = severities.stream().filter(Severity.ERROR::equals).count();
        long warnings = severities.stream().filter(Severity.WARNING::equals).count();
        assertEquals(Formats.findingCounts(errors, warnings, severities.size() - errors - warnings),
                model.headerProperty().get());
    }

    @Test
    void countsLeaveOutWhatIsZeroAndSpeakSingulars() {
        assertEquals("3 errors, 2 warnings", Formats.findingCounts(3, 2, 0));
        assertEquals("1 warning", Formats.findingCounts(0, 1, 0));
        assertEquals("No findings", Formats.findingCounts(0, 0, 0));
    }

    @Test
    void beforeTheFirstAnalysisThereIsNothing() {
        model.update(null);

        assertEquals(List.of(), model.findings());
        assertEquals("Not analysed yet", model.headerProperty().get());
    }

    @Test
    void drillFindingsAreAGroupOfTheirOwnWithTheirCounts() {
        Plan plan = DrilledPlans.checkout();

        model.updateDrills(new ProvenAnalyzer().analyze(plan, DrilledPlans.NOV_17));

        // Legacy DB measured 55m against 40m planned (38 % slower); Auth and Checkout, in tiers with a
        // cadence, were never drilled.
        assertEquals(List.of(DrillFindings.RULE_NEVER_DRILLED, DrillFindings.RULE_NEVER_DRILLED,
                DrillFindings.RULE_OPTIMISTIC_PLAN), model.drillFindings().stream().map(Finding::rule).sorted().toList());
        assertEquals("Drill evidence: 3 warnings", model.drillHeaderProperty().get());

        model.updateDrills(null);
        assertEquals(List.of(), model.drillFindings());
        assertEquals("", model.drillHeaderProperty().get());
    }
}
