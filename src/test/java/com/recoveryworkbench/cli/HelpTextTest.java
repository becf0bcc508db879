package com.recoveryworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import picocli.CommandLine;

/** What a person reads when they ask for help or mistype a command: no placeholders, no words cut in two. */
class HelpTextTest {

    @Test
    void aMistypedCommandIsAnsweredWithTheRealCommandName() {
        CommandRun run = CommandRun.of("chek", "plan.rplan.json");

        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertTrue(run.err().contains("Did you mean: java -jar target/recovery-workbench.jar check?"), run.err());
        assertTrue(!run.err().contains("${"), run.err());
    }

    @Test
    void everyExampleLineOfEveryCommandIsPrintedWhole() {
        CommandLine root = WorkbenchCommand.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        List<Executable> checks = new ArrayList<>();
        for (CommandLine command : root.getSubcommands().values()) {
            String help = command.getUsageMessage();
            for (String line : command.getCommandSpec().usageMessage().footer()) {
                if (!line.startsWith("  ")) {
                    continue; // prose may wrap; an example line is indented and must stay whole to be copied
                }
                String expected = line.replace("${ROOT-COMMAND-NAME}", WorkbenchCommand.JAR);
                checks.add(() -> assertTrue(help.contains(expected + "\n"),
                        command.getCommandName() + " --help breaks \"" + expected + "\":\n" + help));
            }
            for (String printed : help.split("\n")) {
                checks.add(() -> assertTrue(printed.length() <= 100, printed));
            }
        }
        assertAll(checks);
    }
}
