package com.recoveryworkbench.cli;

import com.recoveryworkbench.analysis.advice.Advice;
import com.recoveryworkbench.analysis.advice.Advisor;
import com.recoveryworkbench.analysis.advice.Sensitivity;
import com.recoveryworkbench.analysis.advice.ServiceSensitivity;
import com.recoveryworkbench.io.PlanFileException;
import com.recoveryworkbench.model.Plan;
import com.recoveryworkbench.model.Scenario;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code advise PLAN}: which single change clears the most misses (docs/advice.md), or with
 * {@code --sensitivity} how much each service's restore time weighs on the lateness. Exit 0 whatever
 * the advice; 2 when the plan cannot be read or the arguments are wrong.
 */
@Command(name = "advise",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 100,
        versionProvider = ManifestVersion.class,
        description = {"Fix first: tries one change at a time (a shorter restore or failover time at exactly the "
                + "time a miss needs, a soft dependency, a standby strategy, one more restore slot, a shorter "
                + "declaration delay, and, last, a relaxed target), re-analyses the plan with each, and ranks "
                + "them by misses cleared, then lateness removed, then downtime cost avoided."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the advice was given (whatever it says)",
            "2:the plan cannot be read, a scenario does not exist, or the arguments are wrong"},
        footer = {"", "Examples:", "  ${ROOT-COMMAND-NAME} advise retail.rplan.json --top 3",
            "  ${ROOT-COMMAND-NAME} advise retail.rplan.json --all-scenarios --format json",
            "  ${ROOT-COMMAND-NAME} advise retail.rplan.json --sensitivity"})
public final class AdviseCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private PlanReportOptions report;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "show the N best candidates (default 10)")
    private int top;

    @Option(names = "--sensitivity",
            description = "instead of candidates: per service, minutes of total lateness per minute of its restore time")
    private boolean sensitivity;

    @Mixin
    private ScenarioOptions scenarios;

    @Override
    public Integer call() {
        if (top < 1) {
            throw new ParameterException(spec.commandLine(), "--top must be 1 or more, was " + top);
        }
        scenarios.requireNoConflict(true);
        PrintWriter err = spec.commandLine().getErr();
        Plan plan;
        List<Scenario> chosen;
        try {
            plan = PlanInput.read(report.planFile, err);
            chosen = scenarios.choose(plan);
        } catch (PlanFileException | ScenarioOptions.Problem e) {
            err.println(e.getMessage());
            return ExitCodes.FAILURE;
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean json = report.json();
        if (sensitivity) {
            List<ServiceSensitivity> weights = new Sensitivity().of(plan, chosen);
            out.print(json ? AdviceJsonReport.renderSensitivity(plan, weights)
                    : AdviceTextReport.renderSensitivity(plan, weights));
        } else {
            Advice advice = new Advisor().advise(plan, chosen);
            out.print(json ? AdviceJsonReport.render(plan, advice.top(top))
                    : AdviceTextReport.render(plan, advice, top));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
