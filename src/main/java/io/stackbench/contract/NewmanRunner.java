package io.stackbench.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.Defaults;
import io.stackbench.runtime.ProcessResult;
import io.stackbench.runtime.ProcessRunner;
import io.stackbench.runtime.ProcessSpec;
import io.stackbench.runtime.SolutionFailure;
import io.stackbench.runtime.Toolchain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs a suite against a server with newman and reads the per-assertion results. */
public final class NewmanRunner {

    private final Toolchain tools;
    private final ProcessRunner runner;
    private final NewmanReport reports;
    private final Duration timeout;

    public NewmanRunner(Toolchain tools, ProcessRunner runner, ObjectMapper json, Duration timeout) {
        this.tools = tools;
        this.runner = runner;
        this.reports = new NewmanReport(json);
        this.timeout = timeout;
    }

    /**
     * Checks, just before a run, that the grader is what StackBench installed and shipped: the
     * suite file still has the hash it was loaded with, and newman's install the hash it had when
     * it was installed.
     *
     * @return the sha256 of the newman install that will run, for the run's record
     * @throws io.stackbench.core.StackBenchException (unexpected state) when either changed
     */
    public String verify(Suite suite) {
        suite.requireUnchanged();
        return tools.verifiedNewman().sha256();
    }

    /**
     * Runs {@code suite} with {@code APIURL} set to {@code apiUrl}; the study's variables
     * {@code USERNAME}, {@code EMAIL} and {@code PASSWORD} are set too.
     *
     * @param networkEntry the prefix that puts newman into the server's network (a sandbox's), or empty
     * @throws SolutionFailure when newman produced no report (it timed out on a hung server)
     */
    public SuiteResult run(Suite suite, String apiUrl, Path outDir, List<String> networkEntry) {
        Path report = outDir.resolve("newman-report.json");
        List<String> command = new ArrayList<>(networkEntry);
        command.addAll(List.of("node", tools.newman().toString(), "run",
                suite.collection().toString(),
                "--reporters", "cli,json", "--reporter-json-export", report.toString(),
                "--env-var", "APIURL=" + apiUrl,
                "--env-var", "USERNAME=" + Defaults.SUITE_USERNAME,
                "--env-var", "EMAIL=" + Defaults.SUITE_EMAIL,
                "--env-var", "PASSWORD=" + Defaults.SUITE_PASSWORD,
                "--timeout-request", Long.toString(Defaults.REQUEST_TIMEOUT.toMillis()),
                "--disable-unicode", "--color", "off", "--no-insecure-file-read"));
        ProcessResult result = runner.run(ProcessSpec.tool("newman", command, outDir, outDir.resolve("suite.log"), timeout));
        // newman exits 1 when assertions fail: that is a score, not an error.
        if (!Files.isRegularFile(report)) {
            throw new SolutionFailure("the suite produced no report: " + result.describeFailure());
        }
        return reports.parse(report, suite);
    }
}
