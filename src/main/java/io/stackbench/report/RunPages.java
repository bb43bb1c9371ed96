package io.stackbench.report;

import io.stackbench.core.StackBenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One HTML page per run beside the report, {@code runs/<agent>/<model>/<task>/run_<n>.html}: the
 * run's outcome and scores, the agent's steps, the failed requests and the verifier findings
 * ({@link RunPage}). Pages mirror the results tree so that two configurations never share a page,
 * and link to the run's files relative to where they are written.
 */
public final class RunPages {

    /** The directory beside the report that holds the pages. */
    static final String DIR = "runs";

    private RunPages() {
    }

    /** Where {@code run}'s page goes, relative to the report's directory. */
    static Path pagePath(Run run) {
        return Path.of(DIR, run.configuration().agent(), run.configuration().model(), run.taskId(), "run_" + run.number() + ".html");
    }

    /** Writes the page of every run of {@code runs} beside {@code report} (the report's file); returns how many. */
    public static int write(List<Run> runs, Path report) {
        Path reportDir = report.toAbsolutePath().normalize().getParent();
        for (Run run : runs) {
            Path page = reportDir.resolve(pagePath(run));
            String back = new RunLinks(page.getParent()).toFile(report);
            try {
                Files.createDirectories(page.getParent());
                Files.writeString(page, RunPage.render(run, new RunLinks(page.getParent()), back));
            } catch (IOException e) {
                throw StackBenchException.unexpectedState("cannot write the run page " + page + ": " + e.getMessage(), e);
            }
        }
        return runs.size();
    }
}
