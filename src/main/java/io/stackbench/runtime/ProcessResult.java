package io.stackbench.runtime;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a finished child process ended.
 *
 * @param exitCode the exit code, or -1 when it was killed at its time limit
 * @param outputTail the last few kilobytes of its combined output, for error messages
 * @param outputBytes how many bytes of output it wrote in all, including any dropped past the log's cap
 */
public record ProcessResult(String label, int exitCode, boolean timedOut, Duration duration, Path log,
                            String outputTail, boolean outputTruncated, long outputBytes) {

    public boolean succeeded() {
        return !timedOut && exitCode == 0;
    }

    /** The last line of its output ({@code ""} when it wrote none): a tool's answer, or the reason it gave up. */
    public String lastLine() {
        String text = outputTail.strip();
        return text.substring(text.lastIndexOf('\n') + 1);
    }

    /** A one-paragraph failure description with the output tail, for error messages and results. */
    public String describeFailure() {
        String how = timedOut
                ? "did not finish within " + duration.toSeconds() + " s and was killed"
                : "exited with code " + exitCode;
        return label + " " + how + " (log: " + log + ")" + (outputTail.isBlank() ? "" : "; last output:\n" + outputTail);
    }
}
