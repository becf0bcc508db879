package com.recoveryworkbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/design.md: model ← analysis ← io ← cli, and ui on top, layout beside.
 * A wrong import fails the build here instead of in a review.
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
}
