package com.recoveryworkbench.ui;

import javafx.beans.property.SimpleObjectProperty;
import com.recoveryworkbench.analysis.drill.Basis;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Service;
import com.recoveryworkbench.model.ServiceKind;
import com.recoveryworkbench.ui.edit.PlanDocument;
import java.nio.file.Path;
import javafx.beans.binding.StringBinding;
import org.junit.jupiter.api.Test;

class WindowTitleTest {
    @Test
    void titleNamesThePlanAndItsFileAndMarksUnsavedChanges() {
        PlanDocument document = new PlanDocument(Plan.empty("Retail Shop"), Path.of("/plans/retail.rplan.json"));
        StringBinding title = WindowTitle.of(document);
        assertEquals("Retail Shop — retail.rplan.json — Recovery Workbench", title.get());

        document.apply("Add service", p -> p.withService(Service.builder("web", ServiceKind.APPLICATION).build()));
        assertEquals("Retail Shop — retail.rplan.json • — Recovery Workbench", title.get());

        document.undo();
        assertEquals("Retail Shop — retail.rplan.json — Recovery Workbench", title.get());
    }

    @Test
    void aPlanWithoutAFileIsUntitled() {
        assertEquals("New plan — Untitled — Recovery Workbench", WindowTitle.of("New plan", null, false));
    }

    @Test
    void theTitleSaysProvenWhileTheViewsShowTheDrillsTimes() {
        PlanDocument document = new PlanDocument(Plan.empty("Retail Shop"), Path.of("/plans/retail.rplan.json"));
        SimpleObjectProperty<Basis> basis = new SimpleObjectProperty<>(Basis.PLANNED);
        StringBinding title = WindowTitle.of(document, basis);
        assertEquals("Retail Shop — retail.rplan.json — Recovery Workbench", title.get());

        basis.set(Basis.PROVEN);
        assertEquals("Retail Shop — retail.rplan.json — Proven — Recovery Workbench", title.get());
    }
}
