package io.stackbench.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.stackbench.eval.TestSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small projects laid out as real teams lay them out (each layer-naming scheme, Prisma, Drizzle,
 * Knex, TypeORM, MikroORM, Django apps, a monorepo, test-only SQLite, commented-out config, raw
 * SQL through variables, imperative mapping, Java and Go), each with the verdicts a careful
 * reader gives it in {@code expected.yml}: every verdict must match and every listed rule fire.
 */
class RealWorldFixturesTest {

    private static final Path FIXTURES = TestSettings.repo().resolve("src/test/resources/io/stackbench/verify/realworld");

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            List<String> names = dirs.filter(d -> Files.isRegularFile(d.resolve("expected.yml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(20);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixtureGetsTheVerdictsARealReaderGivesIt(String name) throws IOException {
        Path dir = FIXTURES.resolve(name);
        JsonNode expected = new YAMLMapper().readTree(dir.resolve("expected.yml").toFile());
        JsonNode asked = expected.path("requirements");
        Requirements requirements = new Requirements(asked.has("architecture"),
                Optional.ofNullable(asked.get("database")).map(JsonNode::asText).map(Database::fromId),
                Optional.ofNullable(asked.get("orm")).map(JsonNode::asText).map(Orm::fromId));

        VerifyReport report = new Verifier().verify(dir, requirements);

        Map<String, String> verdicts = new TreeMap<>();
        report.verdicts().forEach(v -> verdicts.put(v.verifier(), v.status().label()));
        Map<String, String> wanted = new TreeMap<>();
        expected.path("expect").fields().forEachRemaining(e -> wanted.put(e.getKey(), e.getValue().asText()));
        Set<String> fired = report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("verdicts", verdicts);
        seen.put("findings", report.findings().stream().map(f -> f.file() + ":" + f.line() + " " + f.ruleId() + " " + f.message()).toList());
        seen.put("reasons", report.verdicts().stream().filter(v -> !v.reason().isEmpty()).map(VerifyReport.Verdict::reason).toList());
        assertThat(verdicts).as("%s: %s", name, seen).isEqualTo(wanted);
        expected.path("rules").forEach(r -> assertThat(fired).as("%s: %s", name, seen).contains(r.asText()));
    }
}
