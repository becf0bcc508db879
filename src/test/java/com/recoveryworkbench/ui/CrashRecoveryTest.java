package com.recoveryworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.ui.files.RecoveryFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real window in its own JVM, killed with SIGKILL after an autosave: the edit survives. */
class CrashRecoveryTest {
    @TempDir
    Path dir;

    @Test
    void anEditAutosavedBeforeAKillIsInTheRecoveryFile() throws Exception {
        String node = "com/recoveryworkbench/test-" + UUID.randomUUID();
        Process child = new ProcessBuilder(command(node))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("child-stderr.txt").toFile())
                .start();
        RecoveryFiles recoveries = new RecoveryFiles(dir.resolve("recovery"));
        try {
            Optional<RecoveryFiles.Recovery> recovery = Optional.empty();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (recovery.isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
                recovery = recoveries.find().stream().findFirst();
            }
            assertTrue(recovery.isPresent(), "no autosave within 60 s; the child is "
                    + (child.isAlive() ? "running" : "dead, see " + dir.resolve("child-stderr.txt")));
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            Preferences.userRoot().node(node).removeNode();
        }

        RecoveryFiles.Recovery recovery = recoveries.find().get(0);
        Plan plan = new PlanReader().read(recovery.planFile()).plan();
        assertTrue(plan.service(CrashingWorkbench.EDITED_SERVICE).isPresent(), plan.toString());
        assertEquals(Optional.empty(), recovery.original());
    }

    private List<String> command(String node) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath,
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Djava.awt.headless=true"));
        command.add(CrashingWorkbench.class.getName());
        command.add(dir.resolve("recovery").toString());
        command.add(node);
        return command;
    }
}
