package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The help names the command people typed: the jar by default, the installed launcher when it says so. */
class CommandNameTest {
    private static final String PROPERTY = "recoveryworkbench.command";

    @Test
    void theJarIsNamedByDefault() {
        CommandRun run = CommandRun.of("import", "--help");

        assertTrue(run.out().startsWith("Usage: java -jar target/recovery-workbench.jar import "), run.out());
        assertTrue(run.out().contains("\n  java -jar target/recovery-workbench.jar import catalog-info.yaml"), run.out());
    }

    @Test
    void theInstalledLauncherNamesItself() {
        String before = System.getProperty(PROPERTY);
        System.setProperty(PROPERTY, "recovery-workbench");
        try {
            CommandRun run = CommandRun.of("import", "--help");

            assertTrue(run.out().startsWith("Usage: recovery-workbench import "), run.out());
            assertTrue(run.out().contains("\n  recovery-workbench import catalog-info.yaml"), run.out());
        } finally {
            if (before == null) {
                System.clearProperty(PROPERTY);
            } else {
                System.setProperty(PROPERTY, before);
            }
        }
    }
}
