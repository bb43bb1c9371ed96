package io.stackbench.gate;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbench.core.Json;
import io.stackbench.core.StackBenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A baseline: the fingerprints of findings accepted as they are, so only new ones fail a build.
 * Rule, file and message are kept beside each fingerprint for the people who review the file.
 */
final class BaselineFile {

    static final int VERSION = 1;

    /** The file's JSON. */
    record Document(int version, List<Entry> findings) {
        Document {
            findings = findings == null ? null : List.copyOf(findings);
        }
    }

    /** One accepted finding. */
    record Entry(String fingerprint, String rule, String file, String message) {
    }

    private BaselineFile() {
    }

    /** Writes the findings' fingerprints, sorted so that the file diffs well under review. */
    static void write(Path file, List<GateFinding> findings) {
        List<Entry> entries = findings.stream()
                .map(f -> new Entry(f.fingerprint(), f.finding().ruleId(), f.finding().file(), f.finding().message()))
                .distinct()
                .sorted(Comparator.comparing(Entry::file).thenComparing(Entry::rule).thenComparing(Entry::fingerprint))
                .toList();
        Json.writeAtomically(Json.mapper(), file, new Document(VERSION, entries));
    }

    /** The fingerprints in {@code file}. */
    static Set<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw StackBenchException.invalidInput("baseline " + file + " does not exist; write it with --update-baseline");
        }
        ObjectMapper mapper = Json.mapper();
        Document doc;
        try {
            doc = mapper.readValue(file.toFile(), Document.class);
        } catch (IOException e) {
            throw StackBenchException.invalidInput("baseline " + file + " is not a StackBench baseline: " + e.getMessage());
        }
        if (doc == null || doc.version() != VERSION || doc.findings() == null) {
            throw StackBenchException.invalidInput("baseline " + file + " is not a StackBench baseline: expected {\"version\": "
                    + VERSION + ", \"findings\": [...]}");
        }
        for (int i = 0; i < doc.findings().size(); i++) {
            Entry e = doc.findings().get(i);
            if (e == null || e.fingerprint() == null || e.fingerprint().isBlank()) {
                throw StackBenchException.invalidInput("baseline " + file + ": findings[" + i + "] has no fingerprint");
            }
        }
        return doc.findings().stream().map(Entry::fingerprint).collect(Collectors.toUnmodifiableSet());
    }
}
