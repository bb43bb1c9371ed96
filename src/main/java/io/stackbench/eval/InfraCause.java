package io.stackbench.eval;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells a failure of the infrastructure from the solution's in what an installer (npm, uv, pip)
 * printed, conservatively: only network-level errors, registry server errors and a full disk
 * count, and never when the log also shows the solution asked for something that does not exist.
 * The cause names the log line that decided it.
 */
final class InfraCause {

    /** A package or version that does not exist is the solution's fault, whatever else went wrong. */
    private static final List<String> SOLUTIONS_FAULT = List.of("E404", "404 Not Found", "No solution found",
            "not found in the package registry", "No matching distribution found", "ETARGET", "notarget",
            "Could not find a version that satisfies", "client error (4");

    private static final List<String> DISK_FULL = List.of("ENOSPC", "No space left on device");

    private static final List<String> NETWORK = List.of("ECONNREFUSED", "ETIMEDOUT", "ECONNRESET", "EAI_AGAIN",
            "ENOTFOUND", "Failed to fetch", "error sending request", "Connection refused", "dns error",
            "operation timed out", "Connection reset by peer", "Temporary failure in name resolution");

    /** npm's {@code code E503}, uv's {@code server error (502 Bad Gateway)}, pip's {@code 503 Server Error}. */
    private static final Pattern REGISTRY_5XX = Pattern.compile("\\bE5\\d\\d\\b|server error \\(5\\d\\d|\\b5\\d\\d Server Error");

    private static final int MAX_LINE = 300;

    private InfraCause() {
    }

    /** The infrastructure's failure that {@code log} of an install by {@code installer} shows, if any. */
    static Optional<String> inInstallLog(String installer, String log) {
        List<String> lines = log.lines().toList();
        if (lines.stream().anyMatch(l -> SOLUTIONS_FAULT.stream().anyMatch(l::contains))) {
            return Optional.empty();
        }
        Optional<String> disk = first(lines, l -> DISK_FULL.stream().anyMatch(l::contains));
        if (disk.isPresent()) {
            return Optional.of("disk full during the " + installer + " install: " + disk.get());
        }
        Optional<String> serverError = first(lines, l -> REGISTRY_5XX.matcher(l).find());
        if (serverError.isPresent()) {
            return Optional.of(registry(installer) + " answered a server error during the install: " + serverError.get());
        }
        return first(lines, l -> NETWORK.stream().anyMatch(l::contains))
                .map(line -> registry(installer) + " unreachable during the install: " + line);
    }

    /** A full disk behind an exception of StackBench's own (writing a log, a result), if that is what it was. */
    static Optional<String> inException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (DISK_FULL.stream().anyMatch(message::contains)) {
                return Optional.of("disk full: " + shorten(message));
            }
        }
        return Optional.empty();
    }

    private static String registry(String installer) {
        return switch (installer.toLowerCase(Locale.ROOT)) {
            case "npm" -> "npm registry";
            case "uv", "pip" -> "Python package index";
            default -> "package registry";
        };
    }

    private static Optional<String> first(List<String> lines, java.util.function.Predicate<String> match) {
        return lines.stream().filter(match).findFirst().map(InfraCause::shorten);
    }

    private static String shorten(String line) {
        String flat = line.strip();
        return flat.length() <= MAX_LINE ? flat : flat.substring(0, MAX_LINE) + "…";
    }
}
