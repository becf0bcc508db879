package com.recoveryworkbench.layout;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** ELK stays an implementation detail of the layout package (docs/adr/0005-layout-engine.md). */
class ElkConfinementTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.recoveryworkbench");

    @Test
    void onlyTheLayoutPackageUsesElk() {
        noClasses().that().resideOutsideOfPackage("com.recoveryworkbench.layout")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.elk..")
                .check(PRODUCTION);
    }

    @Test
    void onlyElkLayeringUsesElk() {
        noClasses().that().resideInAPackage("com.recoveryworkbench.layout")
                .and().doNotHaveSimpleName("ElkLayering")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.elk..")
                .check(PRODUCTION);
    }
}
