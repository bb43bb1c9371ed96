package io.stackbench.cli;

import io.stackbench.core.StackBenchException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: the only place that calls {@link System#exit}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests in-process. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new StackBenchCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof StackBenchException sb) {
                err.println("stackbench: " + sb.getMessage());
                err.flush();
                return sb.exitCode();
            }
            if (e instanceof io.stackbench.core.InfraFailure infra) {
                // Outside a sweep there is no retry: the machine or network is the problem.
                err.println("stackbench: infrastructure failure at " + infra.phase() + ": " + infra.cause());
                err.flush();
                return StackBenchException.Kind.ENVIRONMENT.exitCode();
            }
            err.println("stackbench: internal error: " + e);
            e.printStackTrace(err);
            err.flush();
            return StackBenchException.Kind.INTERNAL.exitCode();
        });
        return cli;
    }
}
