package io.stackbench.runtime;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Whether a TCP port is free, and if not, which process holds it (read from {@code /proc}). */
public final class Ports {

    private Ports() {
    }

    /** True when nothing listens on {@code port} on any local address. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // Sockets left in TIME_WAIT by a stopped server must not count as "taken".
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** "pid 123 (python3 app.py)" for the process listening on {@code port}, when it can be found. */
    public static Optional<String> describeListener(int port) {
        return listenerSocket(port).map(inode -> listenerPid(inode).map(pid -> "pid " + pid + " (" + commandLine(pid) + ")")
                .orElse("a process StackBench cannot see (socket inode " + inode + ")"));
    }

    /** The process listening on {@code port}, when it can be found. */
    static Optional<Long> listener(int port) {
        return listenerSocket(port).flatMap(Ports::listenerPid);
    }

    private static Optional<String> listenerSocket(int port) {
        String hexPort = String.format(Locale.ROOT, ":%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                List<String> lines = Files.readAllLines(Path.of(table));
                for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                    String[] f = line.trim().split("\\s+");
                    // f[1] local address, f[3] state (0A = LISTEN), f[9] socket inode.
                    if (f.length > 9 && f[1].endsWith(hexPort) && f[3].equals("0A")) {
                        return Optional.of(f[9]);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // Not Linux, or not readable: the caller still says the port is taken.
            }
        }
        return Optional.empty();
    }

    private static String commandLine(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).replace('\0', ' ').strip();
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static Optional<Long> listenerPid(String inode) {
        String target = "socket:[" + inode + "]";
        for (Path proc : ProcessTree.processDirectories()) {
            try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
                for (Path fd : fds) {
                    if (Files.readSymbolicLink(fd).toString().equals(target)) {
                        return Optional.of(Long.parseLong(proc.getFileName().toString()));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // Process gone or not ours to inspect.
            }
        }
        return Optional.empty();
    }
}
