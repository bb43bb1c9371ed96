package io.stackbench.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a small project from source snippets and checks the verifiers flag exactly the lines
 * marked {@code # BUG: rule-id} (Python) or {@code // BUG: rule-id} (JS/TS), and nothing else.
 */
final class RuleHarness {

    private static final Pattern MARKER = Pattern.compile("(?:#|//)\\s*BUG:\\s*([a-z0-9_.-]+)");

    private final Path root;
    private final Map<String, String> files = new TreeMap<>();

    RuleHarness(Path root) {
        this.root = root;
    }

    RuleHarness file(String path, String text) {
        files.put(path, text);
        return this;
    }

    /** Findings as "file:line rule-id", sorted. */
    List<String> findings(Requirements requirements) {
        write();
        return new Verifier().verify(root, requirements).findings().stream()
                .map(f -> f.file() + ":" + f.line() + " " + f.ruleId()).sorted().toList();
    }

    void assertFlagsExactlyTheMarkedLines(Requirements requirements) {
        List<String> expected = new ArrayList<>();
        files.forEach((path, text) -> {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = MARKER.matcher(lines[i]);
                if (m.find()) {
                    expected.add(path + ":" + (i + 1) + " " + m.group(1));
                }
            }
        });
        assertThat(findings(requirements)).containsExactlyInAnyOrderElementsOf(expected);
    }

    private void write() {
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = root.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
