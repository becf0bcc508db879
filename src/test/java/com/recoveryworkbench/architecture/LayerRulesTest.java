package com.recoveryworkbench.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/design.md: model ← analysis ← io ← cli, and ui on top, layout beside;
 * inside the window, rooms ({@code ui.state}, {@code ui.files}, {@code ui.inspector}, …) free of
 * cycles around the shared state. A wrong import fails the build here instead of in a review.
 */
class LayerRulesTest {
    private static final String ROOT = "com.recoveryworkbench";
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    private static void forbid(String layer, String... forbidden) {
        noClasses().that().resideInAPackage(ROOT + "." + layer + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .because("docs/design.md: " + layer + " may depend only on the layers left of it")
                .check(PRODUCTION);
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        forbid("model", ROOT + ".analysis..", ROOT + ".io..", ROOT + ".cli..", ROOT + ".ui..", ROOT + ".layout..");
    }

    @Test
    void analysisDependsOnlyOnModel() {
        forbid("analysis", ROOT + ".io..", ROOT + ".cli..", ROOT + ".ui..", ROOT + ".layout..");
    }

    @Test
    void ioDoesNotDependOnCommandLineUiOrLayout() {
        forbid("io", ROOT + ".cli..", ROOT + ".ui..", ROOT + ".layout..");
    }

    @Test
    void commandLineDoesNotDependOnTheUi() {
        forbid("cli", ROOT + ".ui..");
    }

    @Test
    void layoutDependsOnlyOnModel() {
        forbid("layout", ROOT + ".analysis..", ROOT + ".io..", ROOT + ".cli..", ROOT + ".ui..");
    }

    @Test
    void nothingBelowTheUiImportsJavaFx() {
        noClasses().that().resideInAnyPackage(ROOT + ".model..", ROOT + ".analysis..", ROOT + ".io..",
                        ROOT + ".cli..", ROOT + ".layout..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .because("the analysis and files must work without a display")
                .check(PRODUCTION);
    }

    @Test
    void roomsOfTheWindowAreFreeOfCycles() {
        slices().matching(ROOT + ".ui.(*)..").namingSlices("ui.$1")
                .should().beFreeOfCycles()
                .because("a room of the window that needs another must not be needed back (see ui/package-info.java)")
                .check(PRODUCTION);
    }

    @Test
    void noRoomOfTheWindowDependsOnTheShellAtItsTop() {
        noClasses().that().resideInAPackage(ROOT + ".ui.*..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".ui")
                .because("the top of ui assembles the rooms; a room that reached back would close a cycle through it")
                .check(PRODUCTION);
    }

    @Test
    void sharedStateOfTheWindowDependsOnNoOtherRoom() {
        noClasses().that().resideInAPackage(ROOT + ".ui.state..")
                .should().dependOnClassesThat(resideInAPackage(ROOT + ".ui..")
                        .and(resideOutsideOfPackages(ROOT + ".ui.state..", ROOT + ".ui.edit..")))
                .because("every room reads the shared state; it may use only the document below it (ui.edit)")
                .check(PRODUCTION);
    }

    @Test
    void theDocumentDependsOnNoRoomOfTheWindow() {
        noClasses().that().resideInAPackage(ROOT + ".ui.edit..")
                .should().dependOnClassesThat(resideInAPackage(ROOT + ".ui..")
                        .and(resideOutsideOfPackages(ROOT + ".ui.edit..")))
                .because("the plan document and its undo history sit below the shared state")
                .check(PRODUCTION);
    }
}
