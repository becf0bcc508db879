package com.recoveryworkbench.cli;

import com.recoveryworkbench.analysis.RecoveryAnalyzer;
import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.io.PlanReader;
import com.recoveryworkbench.io.export.PlanFacts;
import com.recoveryworkbench.model.Plan;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code describe PLAN}: the plan and its analysis, one fact per line ({@link PlanFacts}), made to be
 * compared line by line — git's {@code textconv} for plan files. With {@code --textconv} it never
 * fails: a version git hands over that is not a readable plan (a conflicted or a broken commit) is
 * shown as its raw text after a line saying why, so {@code git diff} and {@code git log -p} keep working.
 */
@Command(name = "describe",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 100,
        versionProvider = ManifestVersion.class,
        description = {"Prints a plan and its analysis one fact per line: every service with its fields, what it "
                + "needs and its recovery (wave, up time, verdict), then the findings. Made for git diff: see "
                + "the README's \"Plan diffs in git\"."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the plan was described (always, with --textconv)", "2:the plan cannot be read"},
        footer = {"", "Example:", "  ${ROOT-COMMAND-NAME} describe retail.rplan.json"})
public final class DescribeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PLAN", description = "the plan file (*.rplan.json)")
    private Path planFile;

    @Option(names = "--textconv", description = "for git: show an unreadable file as its raw text instead of failing")
    private boolean textconv;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Plan plan;
        try {
            // Load warnings are not shown: in git's output they would read as part of the plan.
            plan = new PlanReader().read(planFile).plan();
        } catch (PlanFileException e) {
            if (!textconv) {
                err.println(e.getMessage());
                return ExitCodes.FAILURE;
            }
            return raw(out, err, e.getMessage());
        }
        out.print(PlanFacts.render(plan, new RecoveryAnalyzer().analyze(plan)));
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * The file as text, streamed, whatever it holds: bytes that are not UTF-8 show as U+FFFD (the
     * reader's default), and a file of any size passes through a small buffer.
     */
    private int raw(PrintWriter out, PrintWriter err, String why) {
        out.println("(not readable as a plan: " + why.replace('\n', ' ') + ")");
        try (Reader text = new InputStreamReader(Files.newInputStream(planFile), StandardCharsets.UTF_8)) {
            text.transferTo(out);
        } catch (IOException | RuntimeException e) {
            // Still not a failure: git shows this line in place of the content it cannot have.
            out.println();
            out.println("(cannot read the file: " + e.getMessage() + ")");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
