package io.stackbench.agent.loop;

import io.stackbench.runtime.ProcessResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A command's output as the model sees it: whole when short, else its head and tail with a marker
 * saying how much was left out. Only the head is read from the log and the tail comes from the
 * runner's in-memory tail, so a command that prints gigabytes costs a few kilobytes here.
 *
 * @param bytes     how many bytes the command printed in all
 * @param truncated whether the middle was left out
 */
record OutputView(String shown, long bytes, boolean truncated) {

    /** Output up to this many bytes is shown whole. */
    static final int LIMIT = 10_000;
    /** Bytes shown from each end of longer output. */
    static final int HALF = LIMIT / 2;

    static OutputView of(ProcessResult result) {
        long total = result.outputBytes();
        if (total <= LIMIT) {
            return new OutputView(text(head(result.log(), (int) total)), total, false);
        }
        byte[] tailBytes = result.outputTail().getBytes(StandardCharsets.UTF_8);
        byte[] tail = Arrays.copyOfRange(tailBytes, Math.max(0, tailBytes.length - HALF), tailBytes.length);
        byte[] head = head(result.log(), HALF);
        long omitted = Math.max(0, total - head.length - tail.length);
        String marker = "\n[stackbench: " + omitted + " bytes omitted here; the command printed " + total
                + " bytes in all. Narrow the output (head, tail, grep, or a file) to see the middle.]\n";
        return new OutputView(text(head) + marker + text(tail), total, true);
    }

    private static byte[] head(Path log, int max) {
        try (InputStream in = Files.newInputStream(log)) {
            return in.readNBytes(max);
        } catch (IOException e) {
            return ("[stackbench: cannot read the command's log " + log + ": " + e.getMessage() + "]")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Decodes leniently: a cut through a multi-byte character shows as a replacement character. */
    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The first line of the output, which carries the completion marker. */
    String firstLine() {
        int end = shown.indexOf('\n');
        return (end < 0 ? shown : shown.substring(0, end)).strip();
    }
}
