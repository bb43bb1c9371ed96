package io.stackbench.gate;

import io.stackbench.verify.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fingerprints that survive unrelated edits: they hash what a finding is about (rule, file and
 * the text of its line, whitespace normalised), not where the line is, plus the finding's rank
 * among identical (rule, file, text) triples so two identical lines stay apart.
 */
final class Fingerprints {

    /** The SARIF {@code partialFingerprints} key; a new scheme would get a new version. */
    static final String SCHEME = "stackbench/v1";

    private static final int LENGTH = 32;

    private Fingerprints() {
    }

    /** The findings with their fingerprints, in the order given. */
    static List<GateFinding> of(Path root, List<Finding> findings) {
        Map<String, List<String>> files = new HashMap<>();
        Map<Finding, String> texts = new HashMap<>();
        for (Finding f : findings) {
            texts.put(f, lineText(root, f, files));
        }
        // Occurrences are counted in file order, so the first of two identical lines is always #0.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> findings.get(i).file()).thenComparingInt(i -> findings.get(i).line()));
        Map<String, Integer> seen = new HashMap<>();
        String[] prints = new String[findings.size()];
        for (int i : order) {
            Finding f = findings.get(i);
            String triple = f.ruleId() + '\0' + f.file() + '\0' + texts.get(f);
            int occurrence = seen.merge(triple, 1, Integer::sum) - 1;
            prints[i] = sha256(triple + '\0' + occurrence);
        }
        List<GateFinding> result = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            result.add(new GateFinding(findings.get(i), prints[i]));
        }
        return result;
    }

    /** The finding's source line, or its message when the line cannot be read. */
    private static String lineText(Path root, Finding f, Map<String, List<String>> files) {
        if (f.line() <= 0) {
            return f.message();
        }
        List<String> lines = files.computeIfAbsent(f.file(), file -> read(root.resolve(file)).orElse(List.of()));
        return f.line() <= lines.size() ? lines.get(f.line() - 1).strip().replaceAll("\\s+", " ") : f.message();
    }

    private static Optional<List<String>> read(Path file) {
        try {
            return Optional.of(List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\\R", -1)));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
