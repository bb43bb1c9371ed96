package io.stackbench.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Drains a child's output into a log file on its own thread, keeping at most {@code cap} bytes
 * on disk and the last few kilobytes in memory. The stream is read to its end even past the cap,
 * so a child that floods its output never blocks on a full pipe.
 */
final class BoundedLog {

    private static final int TAIL_BYTES = 8192;

    private final Path file;
    private final long cap;
    private final byte[] tail = new byte[TAIL_BYTES];
    private long tailWritten;
    private volatile long total;
    private final Thread thread;

    BoundedLog(InputStream in, Path file, long cap, String threadName) {
        this.file = file;
        this.cap = cap;
        this.thread = new Thread(() -> drain(in), threadName);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void drain(InputStream in) {
        byte[] buf = new byte[8192];
        try (in; OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                long room = cap - total;
                if (room > 0) {
                    out.write(buf, 0, (int) Math.min(room, n));
                }
                remember(buf, n);
                total += n;
            }
            if (total > cap) {
                out.write(("\n[stackbench: output truncated at " + cap + " bytes; " + (total - cap)
                        + " more bytes dropped]\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // The child closed its end abruptly (killed); what was read so far is kept.
        }
    }

    private synchronized void remember(byte[] buf, int n) {
        for (int i = 0; i < n; i++) {
            tail[(int) (tailWritten++ % TAIL_BYTES)] = buf[i];
        }
    }

    /** Waits for the drain to reach the end of the stream, at most {@code millis}. */
    void await(long millis) {
        try {
            thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized String tail() {
        int size = (int) Math.min(tailWritten, TAIL_BYTES);
        byte[] out = new byte[size];
        long start = tailWritten - size;
        for (int i = 0; i < size; i++) {
            out[i] = tail[(int) ((start + i) % TAIL_BYTES)];
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    long total() {
        return total;
    }

    synchronized boolean truncated() {
        return total > cap;
    }

    Path file() {
        return file;
    }
}
