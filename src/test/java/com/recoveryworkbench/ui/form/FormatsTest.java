package com.recoveryworkbench.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.analysis.RpoEstimate;
import com.recoveryworkbench.analysis.Verdict;
import com.recoveryworkbench.model.ProtectionMethod;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void upTimeReadsAgainstItsTarget() {
        assertEquals("52m / 20m", Formats.versus(Duration.ofMinutes(52), Duration.ofMinutes(20)));
        assertEquals("— / 20m", Formats.versus(null, Duration.ofMinutes(20)));
    }

    @Test
    void slackCarriesItsSign() {
        assertEquals("+8m", Formats.slack(Duration.ofMinutes(8)));
        assertEquals("-32m", Formats.slack(Duration.ofMinutes(-32)));
        assertEquals("0s", Formats.slack(Duration.ZERO));
        assertEquals("—", Formats.slack(null));
    }

    @Test
    void rpoReadsAsLossAgainstTargetOrSaysWhyNot() {
        assertEquals("1h10m / 15m", Formats.rpoVersus(new RpoEstimate.Bounded(Duration.ofMinutes(70)), Duration.ofMinutes(15)));
        assertEquals("unbounded / 15m", Formats.rpoVersus(new RpoEstimate.Unbounded(), Duration.ofMinutes(15)));
        assertEquals("n/a", Formats.rpoVersus(new RpoEstimate.NotApplicable(), Duration.ofMinutes(15)));
    }

    @Test
    void verdictsAndImpactReadAsWords() {
        assertEquals("✗ Missed", Formats.compliance(Verdict.MISSED));
        assertEquals("Nothing depends on it", Formats.impact(0));
        assertEquals("1 service depends on it", Formats.impact(1));
        assertEquals("5 services depend on it", Formats.impact(5));
        assertEquals("Async replication", Formats.word(ProtectionMethod.ASYNC_REPLICATION));
    }

    @Test
    void capacityAcceptsWholeNumbersAndUnlimited() {
        assertEquals(0, Parsers.capacity("unlimited"));
        assertEquals(4, Parsers.capacity(" 4 "));
        assertEquals(0, Parsers.capacity(""));
    }
}
