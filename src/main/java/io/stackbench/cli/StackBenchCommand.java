package io.stackbench.cli;

import io.stackbench.core.BuildInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The root command: {@code stackbench}. */
@Command(name = "stackbench", mixinStandardHelpOptions = true, versionProvider = StackBenchCommand.Version.class,
        description = "Benchmarks coding agents on backends that must be correct and structurally compliant.",
        subcommands = {TasksCommand.class, GenerateCommand.class, EvaluateCommand.class, VerifyCommand.class, BenchCommand.class, ReportCommand.class,
            DiagnoseCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done (scores are in the output, whatever they are)",
            "2:invalid input (unknown task, bad option, malformed patch)",
            "3:environment problem (a port taken, a tool that cannot be installed)",
            "4:unexpected state (a child process or file misbehaved)",
            "70:internal error (a bug in StackBench)"})
final class StackBenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version fixed at build time. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            BuildInfo info = BuildInfo.load();
            return new String[] {"stackbench " + info.version(), "PostgreSQL binaries " + info.postgresBinaries()};
        }
    }
}
